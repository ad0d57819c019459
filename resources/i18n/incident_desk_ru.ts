<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdhocDialog</name>
    <message>
        <source>Ad-hoc inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Внеплановая вводная</translation>
    </message>
    <message>
        <source>Free text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Свободный текст</translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение CAP</translation>
    </message>
    <message>
        <source>Message text (EXERCISE is added)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Текст сообщения (пометка УЧЕНИЯ добавляется)</translation>
    </message>
    <message>
        <source>What the trainees should do (optional)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Что должны сделать участники (необязательно)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>From agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">От ведомства</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Текст</translation>
    </message>
    <message>
        <source>CAP headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Заголовок CAP</translation>
    </message>
    <message>
        <source>CAP severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Серьёзность CAP</translation>
    </message>
    <message>
        <source>CAP urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Срочность CAP</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ожидаемое действие</translation>
    </message>
    <message>
        <source>Type the message text, or choose CAP alert.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Введите текст сообщения или выберите «Оповещение CAP».</translation>
    </message>
    <message>
        <source>Type the CAP alert&apos;s headline.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Введите заголовок оповещения CAP.</translation>
    </message>
</context>
<context>
    <name>Advisories</name>
    <message>
        <source>{menu} → {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{menu} → {action}</translation>
    </message>
    <message>
        <source>No agency and unit directory is loaded: the Establish and Handover dialogs list no agencies, and units appear only once heard on the bus. Set &apos;directory&apos; in the settings or use {where}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Справочник ведомств и подразделений не загружен: в окнах «Установить» и «Передать» нет ведомств, а подразделения появляются, только когда их слышно на шине. Задайте &apos;directory&apos; в настройках или используйте {where}.</translation>
    </message>
    <message>
        <source>Load directory…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Загрузить справочник…</translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">У этой консоли нет панели управления силами.</translation>
    </message>
    <message>
        <source>Load agency and unit directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Загрузить справочник ведомств и подразделений</translation>
    </message>
    <message>
        <source>Directory files (*.yaml *.yml)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Файлы справочника (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Directory loaded from {path}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Справочник загружен из {path}.</translation>
    </message>
    <message>
        <source>load the directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">загрузить справочник</translation>
    </message>
    <message>
        <source>REAL TRAFFIC COULD NOT BE READ{during} — {count} message(s); newest from {who} on {topic}{stream}. It is kept in quarantine with its raw bytes, nothing was shown as an alert. Contact {who} by phone or radio for the content, and tell your supervisor. Why: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">НЕ УДАЛОСЬ ПРОЧИТАТЬ РЕАЛЬНЫЙ ТРАФИК{during} — сообщений: {count}; последнее от {who} в {topic}{stream}. Оно сохранено в карантине вместе с исходными байтами, как оповещение ничего не показано. Свяжитесь с {who} по телефону или радио, чтобы узнать содержание, и доложите руководителю смены. Причина: {reason}</translation>
    </message>
    <message>
        <source> DURING THE DRILL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> ВО ВРЕМЯ УЧЕНИЙ</translation>
    </message>
    <message>
        <source>Show quarantine</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Показать карантин</translation>
    </message>
    <message>
        <source>Exercise {id} has ended (ENDEX by {by}). This console is still joined to it and marks it EXERCISE. Leave the exercise to work on real traffic only.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения {id} завершены (ENDEX, {by}). Консоль всё ещё подключена к ним и помечает их как УЧЕНИЯ. Выйдите из учений, чтобы работать только с реальным трафиком.</translation>
    </message>
    <message>
        <source>Leave exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выйти из учений</translation>
    </message>
</context>
<context>
    <name>AdvisoryBanner</name>
    <message>
        <source>Close this advisory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрыть это уведомление</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Show</source>
        <extracomment>the least of a cut headline the banner shows, in average characters, before it says the severity as the narrow filter buttons do (Russian &quot;Чрезв.&quot; for &quot;Чрезвычайная&quot;)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Показать</translation>
    </message>
    <message>
        <source>Mute (Ctrl+M)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выключить звук (Ctrl+M)</translation>
    </message>
    <message>
        <source>ALARM: {0} unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ТРЕВОГА: {0} неподтверждённых</translation>
    </message>
    <message>
        <source>(+{0} more in the Alarms tab)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(ещё {0} — «Тревоги»)</translation>
    </message>
    <message>
        <source>sound muted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">звук выключен</translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <source>Alarms</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревоги</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Приоритет</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Трафик</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Состояние</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревога</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие</translation>
    </message>
    <message>
        <source>Since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">С момента</translation>
    </message>
    <message>
        <source>Why / by whom</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Почему / кем</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Показать</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отложить…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вернуть</translation>
    </message>
    <message>
        <source>ALARM FLOOD: alarms grouped by incident; the most urgent stays on top</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ЛАВИНА ТРЕВОГ: тревоги сгруппированы по происшествиям; самая срочная остаётся вверху</translation>
    </message>
    <message>
        <source>Top: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вверху: {0}</translation>
    </message>
    <message>
        <source>{0} (+{1} in this incident)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} (ещё {1} в этом происшествии)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">… и ещё {0}</translation>
    </message>
    <message>
        <source>Real</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Реальные</translation>
    </message>
    <message>
        <source>Exercise {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения {0}</translation>
    </message>
    <message>
        <source>Alarm figures could not be read: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не удалось прочитать показатели тревог: {0}</translation>
    </message>
    <message>
        <source>{0}, last hour: {1:.1f} alarms per 10 min (peak {2}) · in flood {3:.0f} % of the time · standing {4} · stale (&gt; 24 h) {5} · median time to acknowledge {6}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0}, последний час: {1:.1f} тревог за 10 мин (пик {2}) · лавина {3:.0f} % времени · постоянные {4} · устаревшие (&gt; 24 h) {5} · медианное время подтверждения {6}</translation>
    </message>
    <message>
        <source>1 Critical</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1 Критический</translation>
    </message>
    <message>
        <source>2 High</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2 Высокий</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3 Средний</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">4 Низкий</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">РЕАЛЬНОЕ</translation>
    </message>
    <message>
        <source>EX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧ</translation>
    </message>
    <message>
        <source>EX {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧ {0}</translation>
    </message>
    <message>
        <source>Real traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Реальный трафик</translation>
    </message>
    <message>
        <source>Active, not acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Активна, не подтверждена</translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Активна, подтверждена</translation>
    </message>
    <message>
        <source>Cleared, not acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Снята, не подтверждена</translation>
    </message>
    <message>
        <source>Normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Норма</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отложена</translation>
    </message>
    <message>
        <source>Suppressed (other exercise)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подавлена (другие учения)</translation>
    </message>
    <message>
        <source>until normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">до возврата в норму</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">до {0}</translation>
    </message>
    <message>
        <source>shelved by {0} {1}: {2}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отложил(а) {0} {1}: {2}</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0}: {1}, {2}</translation>
    </message>
    <message>
        <source>acknowledged by {0} at {1}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подтвердил(а) {0}, {1}</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <source>Select an alert to acknowledge first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сначала выберите оповещение для подтверждения.</translation>
    </message>
    <message>
        <source>A CAP {type} is not itself acknowledged.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сообщение CAP {type} само не подтверждается.</translation>
    </message>
    <message>
        <source>This alert is already acknowledged.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Это оповещение уже подтверждено.</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подтвердить</translation>
    </message>
    <message>
        <source>No unacknowledged alerts in the queue.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">В очереди нет неподтверждённых оповещений.</translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <source>polygon ({n} points)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">многоугольник (точек: {n})</translation>
    </message>
    <message>
        <source>circle: centre {centre}, radius {km} km</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">круг: центр {centre}, радиус {km} км</translation>
    </message>
    <message>
        <source>geocode</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">геокод</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">РЕАЛЬНОЕ</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Указание:</translation>
    </message>
    <message>
        <source>Conformance warnings ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предупреждения о соответствии ({n})</translation>
    </message>
    <message>
        <source>The alert was accepted but breaks these rules of the CAP specification; its content may be incomplete.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение принято, но нарушает эти правила спецификации CAP; его содержание может быть неполным.</translation>
    </message>
    <message>
        <source>Signatures ({n}, issuer first)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подписи ({n}, сначала издатель)</translation>
    </message>
    <message>
        <source>Distribution id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Идентификатор рассылки</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Идентификатор отправителя</translation>
    </message>
    <message>
        <source>Sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отправлено</translation>
    </message>
    <message>
        <source>Status / type</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус / тип</translation>
    </message>
    <message>
        <source>Recipient roles</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Роли получателей</translation>
    </message>
    <message>
        <source>Sender</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отправитель</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Идентификатор</translation>
    </message>
    <message>
        <source>{times} — as written: {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{times} — как записано: {text}</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Получено</translation>
    </message>
    <message>
        <source>Status / type / scope</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус / тип / охват</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Источник</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ограничение</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Адресаты</translation>
    </message>
    <message>
        <source>Codes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Коды</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Примечание</translation>
    </message>
    <message>
        <source>References</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ссылки</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествия</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Топик</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения</translation>
    </message>
    <message>
        <source>Signed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подписано</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Проверка подписи</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Указание</translation>
    </message>
    <message>
        <source>info {n} of {count} — language {language}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">блок info {n} из {count} — язык {language}</translation>
    </message>
    <message>
        <source>Event</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Событие</translation>
    </message>
    <message>
        <source>Categories</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Категории</translation>
    </message>
    <message>
        <source>Severity / urgency / certainty</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Серьёзность / срочность / достоверность</translation>
    </message>
    <message>
        <source>Response</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Реагирование</translation>
    </message>
    <message>
        <source>Audience</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Аудитория</translation>
    </message>
    <message>
        <source>Event codes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Коды события</translation>
    </message>
    <message>
        <source>Effective</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Действует с</translation>
    </message>
    <message>
        <source>Onset</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Начало</translation>
    </message>
    <message>
        <source>Expires</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Истекает</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>the main fields of an alert as the History tab names them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Заголовок</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Серьёзность</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Срочность</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Достоверность</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Описание</translation>
    </message>
    <message>
        <source>Areas</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Районы</translation>
    </message>
    <message>
        <source>Area:</source>
        <extracomment>labels used inside the HTML below (marked here: lupdate does not read into f-strings)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Район:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отправлено:</translation>
    </message>
    <message>
        <source>expires</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">истекает</translation>
    </message>
    <message>
        <source>received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">получено</translation>
    </message>
    <message>
        <source>From:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">От:</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Конверт</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Параметры</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ресурсы</translation>
    </message>
    <message>
        <source>No change in the main fields.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Основные поля не изменились.</translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ещё не подтверждено.</translation>
    </message>
    <message>
        <source>(continued in the Alert tab)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(продолжение на вкладке «Оповещение»)</translation>
    </message>
    <message>
        <source>and {count} more in the Alert tab</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">и ещё {count} на вкладке «Оповещение»</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Имя отправителя</translation>
    </message>
    <message>
        <source>Web</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Веб</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Контакт</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} байт</translation>
    </message>
    <message>
        <source>No updates or cancellations of this alert.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Обновлений и отмен этого оповещения нет.</translation>
    </message>
    <message>
        <source>shown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">показано</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Было</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Стало</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Кто</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Когда</translation>
    </message>
    <message>
        <source>REAL ALERT — NOT PART OF THE EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">РЕАЛЬНОЕ ОПОВЕЩЕНИЕ — НЕ ЧАСТЬ УЧЕНИЙ</translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение не выбрано</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">История</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подтверждения</translation>
    </message>
    <message>
        <source>Raw XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Исходный XML</translation>
    </message>
    <message>
        <source>Alert {id} is not in the database.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещения {id} нет в базе данных.</translation>
    </message>
    <message>
        <source>EXERCISE · </source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ · </translation>
    </message>
    <message>
        <source>Signature: {label}. {sentence}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подпись: {label}. {sentence}</translation>
    </message>
</context>
<context>
    <name>AlertFilterBar</name>
    <message>
        <source>Extreme</source>
        <comment>a severity on a narrow filter button</comment>
        <extracomment>a severity where room is short: the severity filter buttons, the incident board&apos;s column (translators may abbreviate: &quot;Чрезв.&quot;; the context is the filter bar&apos;s, where they began)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Чрезв.</translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Высок.</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Умер.</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Незнач.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Неизв.</translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, incident (Ctrl+F)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Фильтр: заголовок, событие, отправитель, происшествие (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, identifier, incident (Ctrl+F)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Фильтр: заголовок, событие, отправитель, идентификатор, происшествие (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only checked severities ({severity})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Показывать только отмеченные уровни серьёзности ({severity})</translation>
    </message>
    <message>
        <source>Unacked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Неподтв.</translation>
    </message>
    <message>
        <source>Show only alerts still waiting for an acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Показывать только оповещения, ещё ожидающие подтверждения</translation>
    </message>
    <message>
        <source>Latest only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Последние</translation>
    </message>
    <message>
        <source>Collapse alert chains: hide the versions that a later Update or Cancel replaced (the detail&apos;s History tab shows the whole chain)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Свернуть цепочки оповещений: скрыть версии, заменённые более поздним обновлением или отменой (вкладка «История» показывает всю цепочку)</translation>
    </message>
    <message>
        <source>Urgency, category, status, country, agency, incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Срочность, категория, статус, страна, ведомство, происшествие</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Любая срочность</translation>
    </message>
    <message>
        <source>Any category</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Любая категория</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Любой статус</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Страна</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие</translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Фильтры ({n})</translation>
    </message>
    <message>
        <source>More filters</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Фильтры</translation>
    </message>
</context>
<context>
    <name>AlertQueue</name>
    <message>
        <source>superseded</source>
        <extracomment>what replaced an alert, as the Ack column says it</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">заменено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отменено</translation>
    </message>
    <message>
        <source>EX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧ</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">РЕАЛ</translation>
    </message>
    <message>
        <source>{n} conformance warning(s): the alert breaks a rule of the CAP text but was accepted; the detail pane says what is unusual.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предупреждений о соответствии: {n}. Оповещение нарушает правило текста CAP, но принято; что необычно — в панели подробностей.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подтверждено</translation>
    </message>
    <message>
        <source>UNACKNOWLEDGED</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">НЕ ПОДТВЕРЖДЕНО</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения</translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Искать дальше</translation>
    </message>
    <message>
        <source>Loading stored alerts… {count} so far</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Загрузка сохранённых оповещений… пока {count}</translation>
    </message>
    <message>
        <source>Loading older alerts…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Загрузка более ранних оповещений…</translation>
    </message>
    <message>
        <source>No alert matches the filter in the last {count} pages of older alerts. Keep looking, or search every stored alert (Ctrl+Shift+S).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ни одно оповещение не подходит под фильтр на последних {count} страницах более ранних оповещений. Ищите дальше или ищите по всем сохранённым оповещениям (Ctrl+Shift+S).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Должность ICS</translation>
    </message>
    <message>
        <source>Branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Направление</translation>
    </message>
    <message>
        <source>Division (geographic)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сектор (географический)</translation>
    </message>
    <message>
        <source>Group (functional)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Группа (функциональная)</translation>
    </message>
    <message>
        <source>Strike team (same kind)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оперативная группа (однотипная)</translation>
    </message>
    <message>
        <source>Task force (mixed)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сводный отряд (смешанный)</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Район сосредоточения</translation>
    </message>
    <message>
        <source>Assign to incident</source>
        <extracomment>the columns read first, left to right (right to left in Arabic)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Назначить на происшествие</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подразделение</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сотрудник</translation>
    </message>
    <message>
        <source>Name, rank</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Фамилия, звание</translation>
    </message>
    <message>
        <source>e.g. Division A, Decon Group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">напр. Сектор A, группа дегазации</translation>
    </message>
    <message>
        <source>Work assignment (ICS-204 block 6)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Задача (ICS-204, поле 6)</translation>
    </message>
    <message>
        <source>Reporting location, e.g. RVP Malaba border post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Место прибытия, напр. пункт сбора у КПП Малаба</translation>
    </message>
    <message>
        <source>at</source>
        <comment>report at this time</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие</translation>
    </message>
    <message>
        <source>Resource</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ресурс</translation>
    </message>
    <message>
        <source>ICS element</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Элемент ICS</translation>
    </message>
    <message>
        <source>Element / position name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Название элемента / должности</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Задача</translation>
    </message>
    <message>
        <source>Report to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Прибыть в</translation>
    </message>
    <message>
        <source>Report time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Время прибытия</translation>
    </message>
    <message>
        <source>Assign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Назначить</translation>
    </message>
</context>
<context>
    <name>BrokerBanner</name>
    <message>
        <source>BROKER REFUSED since {since} — working on local data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">БРОКЕР ОТКАЗЫВАЕТ В ПОДКЛЮЧЕНИИ с {since} — работа с локальными данными</translation>
    </message>
    <message>
        <source>BROKER DISCONNECTED since {since} — working on local data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">БРОКЕР ОТКЛЮЧЁН с {since} — работа с локальными данными</translation>
    </message>
    <message>
        <source>, reconnecting now</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, идёт переподключение</translation>
    </message>
    <message>
        <source>, reconnecting in {n} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, переподключение через {n} s</translation>
    </message>
    <message>
        <source> ({why})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> ({why})</translation>
    </message>
</context>
<context>
    <name>CAP</name>
    <message>
        <source>Extreme</source>
        <extracomment>every CAP code value shown to people (context &quot;CAP&quot; in the catalogs)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Чрезвычайная</translation>
    </message>
    <message>
        <source>Severe</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Высокая</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Умеренная</translation>
    </message>
    <message>
        <source>Minor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Незначительная</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Неизвестно</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Немедленно</translation>
    </message>
    <message>
        <source>Expected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ожидается</translation>
    </message>
    <message>
        <source>Future</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">В будущем</translation>
    </message>
    <message>
        <source>Past</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Прошло</translation>
    </message>
    <message>
        <source>Observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Наблюдается</translation>
    </message>
    <message>
        <source>Likely</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вероятно</translation>
    </message>
    <message>
        <source>Possible</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Возможно</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Маловероятно</translation>
    </message>
    <message>
        <source>Actual</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Реальное</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения</translation>
    </message>
    <message>
        <source>System</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Системное</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тест</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Черновик</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение</translation>
    </message>
    <message>
        <source>Update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Обновление</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подтверждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ошибка</translation>
    </message>
    <message>
        <source>Geo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Геофизическая</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Метеорологическая</translation>
    </message>
    <message>
        <source>Safety</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Безопасность</translation>
    </message>
    <message>
        <source>Security</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Охрана порядка</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Спасение</translation>
    </message>
    <message>
        <source>Fire</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пожар</translation>
    </message>
    <message>
        <source>Health</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Здравоохранение</translation>
    </message>
    <message>
        <source>Env</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Окружающая среда</translation>
    </message>
    <message>
        <source>Transport</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Транспорт</translation>
    </message>
    <message>
        <source>Infra</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Инфраструктура</translation>
    </message>
    <message>
        <source>CBRNE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ХБРЯВ</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Другое</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Укрыться</translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Эвакуироваться</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подготовиться</translation>
    </message>
    <message>
        <source>Execute</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выполнить</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Избегать</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Следить</translation>
    </message>
    <message>
        <source>Assess</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оценить</translation>
    </message>
    <message>
        <source>AllClear</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отбой</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нет</translation>
    </message>
    <message>
        <source>Public</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Открытое</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ограниченное</translation>
    </message>
    <message>
        <source>Private</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Адресное</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>En route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">В пути</translation>
    </message>
    <message>
        <source>On scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">На месте</translation>
    </message>
    <message>
        <source>Release</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Освободить</translation>
    </message>
    <message>
        <source>alerted</source>
        <extracomment>an agency&apos;s participation in an incident&apos;s command, as the operator reads it</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оповещено</translation>
    </message>
    <message>
        <source>standing by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в готовности</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">задействовано</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выведено</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не может участвовать</translation>
    </message>
    <message>
        <source>Select an incident on the board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выберите происшествие на панели.</translation>
    </message>
    <message>
        <source>Establish…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Установить…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передать…</translation>
    </message>
    <message>
        <source>Close command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрыть рук.</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Назначить…</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Экспорт</translation>
    </message>
    <message>
        <source>ICS-204 assignment list / ICS-214 activity log</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 список назначений / ICS-214 журнал действий</translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as PDF…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 Список назначений в PDF…</translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as CSV…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 Список назначений в CSV…</translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as PDF…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-214 Журнал действий в PDF…</translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as CSV…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-214 Журнал действий в CSV…</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Участие:</translation>
    </message>
    <message>
        <source>Set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Применить</translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">У этой консоли нет панели управления силами.</translation>
    </message>
    <message>
        <source>Select an incident on the board to {what}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выберите происшествие на панели, чтобы {what}.</translation>
    </message>
    <message>
        <source>establish command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">установить руководство</translation>
    </message>
    <message>
        <source>Single command established for {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Для {key} установлено единоначалие.</translation>
    </message>
    <message>
        <source>Unified command established for {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Для {key} установлено объединённое руководство.</translation>
    </message>
    <message>
        <source>propose a handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">предложить передачу</translation>
    </message>
    <message>
        <source>Could not build the handover brief: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не удалось подготовить сводку для передачи: {error}</translation>
    </message>
    <message>
        <source>propose the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">предложить передачу</translation>
    </message>
    <message>
        <source>Handover of {key} proposed to {target}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передача {key} предложена {target}.</translation>
    </message>
    <message>
        <source>close its command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">закрыть руководство</translation>
    </message>
    <message>
        <source>Close the command of {key}? Every console sees it closed.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрыть руководство по {key}? Все консоли увидят его закрытым.</translation>
    </message>
    <message>
        <source>close command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">закрыть руководство</translation>
    </message>
    <message>
        <source>There is no incident to assign to.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нет происшествия для назначения.</translation>
    </message>
    <message>
        <source>{who} assigned to {key}: {element}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who} назначен(а) на {key}: {element}.</translation>
    </message>
    <message>
        <source>assign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначить</translation>
    </message>
    <message>
        <source>Select an assignment in the command tree first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сначала выберите назначение в дереве руководства.</translation>
    </message>
    <message>
        <source>set the assignment {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">перевести назначение в «{status}»</translation>
    </message>
    <message>
        <source>set an agency&apos;s participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">задать участие ведомства</translation>
    </message>
    <message>
        <source>set {agency} {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">перевести {agency} в «{state}»</translation>
    </message>
    <message>
        <source>export its ICS-{form}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выгрузить его ICS-{form}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export ICS-{form} of {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Экспорт ICS-{form} по {key}</translation>
    </message>
    <message>
        <source>Could not export ICS-{form}: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не удалось выгрузить ICS-{form}: {error}</translation>
    </message>
    <message>
        <source>ICS-{form} of {key} written to {path}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-{form} по {key} записан в {path}.</translation>
    </message>
    <message>
        <source>Answer handover offer…</source>
        <extracomment>the Command panel&apos;s button that opens the offers waiting for an answer</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ответить на предложение о передаче…</translation>
    </message>
    <message>
        <source>Could not read handover proposals: {error}</source>
        <extracomment>the longest wait a QTimer takes (ms); a later deadline is checked again then</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не удалось прочитать предложения о передаче: {error}</translation>
    </message>
    <message>
        <source>Handover of command of {key} offered by {origin}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} предлагает передать руководство по {key}.</translation>
    </message>
    <message>
        <source>No handover offer is waiting for an answer.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нет предложений о передаче, ожидающих ответа.</translation>
    </message>
    <message>
        <source>Handover offer for {key} set aside: answer it with “{action}” in the Command panel before {expires}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предложение о передаче {key} отложено: ответьте на него кнопкой «{action}» на панели «Штаб» до {expires}.</translation>
    </message>
    <message>
        <source>{key} offered by {origin}, answer by {expires}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: предлагает {origin}, ответ до {expires}</translation>
    </message>
    <message>
        <source>({n}) {command}</source>
        <comment>the Command tab while {n} handover offers wait; {command}: the tab&apos;s name</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">({n}) {command}</translation>
    </message>
    <message>
        <source>Handover accepted: you are in command from its effective time.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передача принята: вы руководите с момента её вступления в силу.</translation>
    </message>
    <message>
        <source>accept the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">принять передачу</translation>
    </message>
    <message>
        <source>Handover refused.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передача отклонена.</translation>
    </message>
    <message>
        <source>refuse the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отклонить передачу</translation>
    </message>
    <message>
        <source>select an assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выберите назначение</translation>
    </message>
</context>
<context>
    <name>CommandTree</name>
    <message>
        <source>Position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Должность</translation>
    </message>
    <message>
        <source>Branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Направление</translation>
    </message>
    <message>
        <source>Division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сектор</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Группа</translation>
    </message>
    <message>
        <source>Strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оперативная группа</translation>
    </message>
    <message>
        <source>Task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сводный отряд</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Район сосредоточения</translation>
    </message>
    <message>
        <source>assigned</source>
        <extracomment>states of assignments, participation and proposals as the tree shows them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначено</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в пути</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на месте</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">освобождено</translation>
    </message>
    <message>
        <source>alerted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оповещено</translation>
    </message>
    <message>
        <source>standing by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в готовности</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">задействовано</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выведено</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не может участвовать</translation>
    </message>
    <message>
        <source>proposed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">предложено</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">открыто</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">закрыто</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>the default tier labels (JESIP); an agency&apos;s own labels (TierLabels) are shown as given</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Золотой</translation>
    </message>
    <message>
        <source>Silver</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Серебряный</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Бронзовый</translation>
    </message>
    <message>
        <source>strategic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">стратегический</translation>
    </message>
    <message>
        <source>tactical</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">тактический</translation>
    </message>
    <message>
        <source>operational</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оперативный</translation>
    </message>
    <message>
        <source>{text}
{state} since {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{text}
{state} с {time}</translation>
    </message>
    <message>
        <source>No command established</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Руководство не установлено</translation>
    </message>
    <message>
        <source>Single command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Единоначалие</translation>
    </message>
    <message>
        <source>Unified command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Объединённое руководство</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Руководитель ликвидации</translation>
    </message>
    <message>
        <source>former IC</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">бывший руководитель</translation>
    </message>
    <message>
        <source>IC from effective time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">руководитель с момента вступления</translation>
    </message>
    <message>
        <source>in command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">руководит</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">до {time}</translation>
    </message>
    <message>
        <source>pending</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ожидает</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>{n} assignments</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначений: {n}</translation>
    </message>
    <message>
        <source> (report to {place})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> (прибыть в {place})</translation>
    </message>
    <message>
        <source>Participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Участие</translation>
    </message>
    <message>
        <source>Handover proposals</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предложения о передаче</translation>
    </message>
    <message>
        <source>{origin} → {target} (answer by {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} → {target} (ответ до {time})</translation>
    </message>
</context>
<context>
    <name>CommandWiring</name>
    <message>
        <source>Units</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подразделения</translation>
    </message>
    <message>
        <source>Command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Штаб</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Broker {broker}: not started</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Брокер {broker}: не запущен</translation>
    </message>
    <message>
        <source>node {0} of {1}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">узел {0} из {1}</translation>
    </message>
    <message>
        <source>connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подключён</translation>
    </message>
    <message>
        <source>connecting</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подключение</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отключён</translation>
    </message>
    <message>
        <source>refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отказ в подключении</translation>
    </message>
    <message>
        <source>failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ошибка</translation>
    </message>
    <message>
        <source>Broker {broker}: {state} since {since}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Брокер {broker}: {state} с {since}</translation>
    </message>
    <message>
        <source> — retry in {n} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> — повтор через {n} s</translation>
    </message>
    <message>
        <source>
This broker speaks MQTT 3.1.1 only: alerts arrive without sequence numbers (no gap detection) and without broker-side expiry; nothing else is lost.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
Этот брокер поддерживает только MQTT 3.1.1: оповещения приходят без порядковых номеров (пропуски не обнаруживаются) и без истечения срока на стороне брокера; больше ничего не теряется.</translation>
    </message>
</context>
<context>
    <name>CoordinateReadout</name>
    <message>
        <source>Cursor position; click to copy it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Положение курсора; щёлкните, чтобы скопировать</translation>
    </message>
    <message>
        <source>Move the cursor over the map for its coordinates</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Наведите курсор на карту, чтобы увидеть координаты</translation>
    </message>
</context>
<context>
    <name>CordonTools</name>
    <message>
        <source>The map is not shown in this console.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта в этой консоли не показана.</translation>
    </message>
    <message>
        <source>This console cannot draw on incidents (no command board).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Эта консоль не может рисовать на происшествиях (нет панели руководства).</translation>
    </message>
    <message>
        <source>Select the incident to draw the cordon on first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сначала выберите происшествие для оцепления.</translation>
    </message>
    <message>
        <source>Click the centre of the cordon, then its edge (Esc cancels).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Щёлкните центр оцепления, затем его край (Esc — отмена).</translation>
    </message>
    <message>
        <source>Click the corners of the cordon; double-click or Enter to finish (Esc cancels).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Щёлкните вершины оцепления; двойной щелчок или Enter — готово (Esc — отмена).</translation>
    </message>
    <message>
        <source>Click the points to measure; double-click to finish (Esc clears).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Щёлкните точки для измерения; двойной щелчок — готово (Esc — сброс).</translation>
    </message>
    <message>
        <source>Distance: {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Расстояние: {text}</translation>
    </message>
    <message>
        <source>Cordon {radius} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оцепление {radius} м</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оцепление</translation>
    </message>
    <message>
        <source>Cordon on {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оцепление: {key}</translation>
    </message>
    <message>
        <source>Name of the area drawn on incident {key} ({title}):</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Название района на происшествии {key} ({title}):</translation>
    </message>
    <message>
        <source>draw the cordon</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нарисовать оцепление</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>DATABASE UNAVAILABLE — {reason}. New alerts are kept on the bus until it is back.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">БАЗА ДАННЫХ НЕДОСТУПНА — {reason}. Новые оповещения хранятся на шине до её восстановления.</translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <source>DB {url}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">БД {url}</translation>
    </message>
    <message>
        <source>The database this console reads and writes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">База данных, которую читает и пишет эта консоль</translation>
    </message>
</context>
<context>
    <name>EstablishDialog</name>
    <message>
        <source>Establish command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Установить руководство</translation>
    </message>
    <message>
        <source>Single command (one Incident Commander)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Единоначалие (один руководитель ликвидации)</translation>
    </message>
    <message>
        <source>Unified command (one IC per agency)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Объединённое руководство (по руководителю от ведомства)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Руководитель ликвидации</translation>
    </message>
    <message>
        <source>Tier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Уровень</translation>
    </message>
</context>
<context>
    <name>EvidenceWiring</name>
    <message>
        <source>Export evidence package…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выгрузить пакет доказательств…</translation>
    </message>
    <message>
        <source>There is no incident to export: evidence is exported per incident.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нет происшествия для выгрузки: доказательства выгружаются по происшествию.</translation>
    </message>
    <message>
        <source>Exporting the evidence package of {incident}: signing a checkpoint and proving every log entry about it…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выгрузка пакета доказательств по {incident}: подпись контрольной точки и доказательство каждой записи журнала о нём…</translation>
    </message>
    <message>
        <source>export the evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выгрузить пакет доказательств</translation>
    </message>
    <message>
        <source>Evidence package written: {path}. It proves {n} log entries of {incident} against the signed checkpoint of {size} entries; the report is inside as HTML and PDF. Anyone can check it offline with: incident-desk evidence verify {name}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пакет доказательств записан: {path}. Он доказывает записи журнала по {incident} ({n}) относительно подписанной контрольной точки из {size} записей; отчёт внутри в HTML и PDF. Любой может проверить его без сети: incident-desk evidence verify {name}</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Show expected actions (controller only)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ожидаемые действия (руковод.)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Скорость</translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Продолжить</translation>
    </message>
    <message>
        <source>Step</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Шаг</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">К выбранной</translation>
    </message>
    <message>
        <source>Fire contingency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Резервная</translation>
    </message>
    <message>
        <source>Ad-hoc inject…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Внеплановая…</translation>
    </message>
    <message>
        <source>Export AAR…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Разбор…</translation>
    </message>
    <message>
        <source>NO DUFF — held</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF — остановлено</translation>
    </message>
    <message>
        <source>planned (before STARTEX)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">запланированы (до STARTEX)</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">идут</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на паузе</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">завершены</translation>
    </message>
    <message>
        <source>{reason} — the exercise clock is held; Resume continues play.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{reason} — часы учений остановлены; «Продолжить» возобновляет учения.</translation>
    </message>
    <message>
        <source>MSEL: cannot read the store: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">MSEL: не удаётся прочитать базу: {0}</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{what}: {reason}</translation>
    </message>
    <message>
        <source>{what} (unexpected error, logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{what} (непредвиденная ошибка, записана в журнал): {error}</translation>
    </message>
    <message>
        <source>STARTEX was already given.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX уже дан.</translation>
    </message>
    <message>
        <source>STARTEX: the exercise clock runs.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX: часы учений идут.</translation>
    </message>
    <message>
        <source>Step: no scheduled inject is left.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Шаг: запланированных вводных не осталось.</translation>
    </message>
    <message>
        <source>Select the inject to jump to first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сначала выберите вводную для перехода.</translation>
    </message>
    <message>
        <source>Jump</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Переход</translation>
    </message>
    <message>
        <source>Jumped to inject {number}; skipped: {skipped}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Переход к вводной {number}; пропущены: {skipped}.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>Contingency inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Резервная вводная {number} отправлена.</translation>
    </message>
    <message>
        <source>Ad-hoc inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Внеплановая вводная {number} отправлена.</translation>
    </message>
    <message>
        <source>After-action report written to {folder} ({count} files).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отчёт по итогам записан в {folder} (файлов: {count}).</translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDEX</translation>
    </message>
    <message>
        <source>End exercise {id} for every joined console? Injects still due are not sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Завершить учения {id} для всех подключённых консолей? Оставшиеся вводные не будут отправлены.</translation>
    </message>
    <message>
        <source>Select a held contingency inject first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сначала выберите удержанную резервную вводную.</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Резервная вводная</translation>
    </message>
    <message>
        <source>Ad-hoc inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Внеплановая вводная</translation>
    </message>
    <message>
        <source>Export the after-action report to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Экспортировать отчёт по итогам в</translation>
    </message>
    <message>
        <source>Export AAR</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выгрузить разбор учений</translation>
    </message>
</context>
<context>
    <name>ExerciseStateLabel</name>
    <message>
        <source>planned</source>
        <extracomment>the drill clock&apos;s states as the state line says them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">запланированы</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">идут</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на паузе</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">завершены</translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state yet</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ {0}: состояние управления ещё не получено</translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ {0}: нет состояния управления</translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF</translation>
    </message>
    <message>
        <source>{0} {1} {2} ({3} by {4})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} {1} {2} ({3}, {4})</translation>
    </message>
    <message>
        <source>clock set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">часы изменены</translation>
    </message>
</context>
<context>
    <name>ExerciseWiring</name>
    <message>
        <source>Exercise control</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выгрузка пакета доказательств</translation>
    </message>
    <message>
        <source> (EXERCISE {id})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> (УЧЕНИЯ {id})</translation>
    </message>
    <message>
        <source>e.g. mutual legal assistance request from UG</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">напр. запрос о правовой помощи от Уганды</translation>
    </message>
    <message>
        <source>the case or request number, e.g. UG-DPP-114</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">номер дела или запроса, напр. UG-DPP-114</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выбрать…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Номер дела</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Папка</translation>
    </message>
    <message>
        <source>The package holds every log entry about the incident, whatever its time, with the proofs that it was not changed, and a report (HTML and PDF). The export itself is logged with your name, the reason and the reference.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пакет содержит каждую запись журнала о происшествии, независимо от времени, с доказательствами её неизменности, и отчёт (HTML и PDF). Сама выгрузка записывается в журнал с вашим именем, причиной и номером дела.</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Экспорт</translation>
    </message>
    <message>
        <source>Folder for the evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Папка для пакета доказательств</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Could not read the store (logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не удалось прочитать базу (записано в журнал): {error}</translation>
    </message>
</context>
<context>
    <name>HandoverBrief</name>
    <message>
        <source>received {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">получено {time}</translation>
    </message>
    <message>
        <source>no command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет командования</translation>
    </message>
    <message>
        <source>{resource} ({agency}), ordered {ordered}, arrived {arrived}: {notes}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{resource} ({agency}), запрошено {ordered}, прибыло {arrived}: {notes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>{name} ({origin}) at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} ({origin}), {time}</translation>
    </message>
    <message>
        <source>{form} Incident Briefing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{form} Брифинг по инциденту</translation>
    </message>
    <message>
        <source>EXERCISE {id}</source>
        <translation type="unfinished">УЧЕНИЯ {id}</translation>
    </message>
    <message>
        <source>1. Incident name:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1. Название инцидента:</translation>
    </message>
    <message>
        <source>2. Incident number:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2. Номер инцидента:</translation>
    </message>
    <message>
        <source>3. Initiated:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3. Начат:</translation>
    </message>
    <message>
        <source>5. Situation summary</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">5. Обстановка</translation>
    </message>
    <message>
        <source>7. Objectives</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">7. Цели</translation>
    </message>
    <message>
        <source>8. Actions</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8. Действия</translation>
    </message>
    <message>
        <source>9. Current organisation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">9. Текущая организация</translation>
    </message>
    <message>
        <source>10. Resource summary</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">10. Сводка ресурсов</translation>
    </message>
    <message>
        <source>6. Prepared by:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">6. Подготовил:</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of command offered: {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предложена передача руководства: {key}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{origin}&lt;/b&gt; ({who}) offers command of &lt;b&gt;{key}&lt;/b&gt; to your agency, effective {effective}; answer by {expires}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&lt;b&gt;{origin}&lt;/b&gt; ({who}) предлагает вашему ведомству руководство по &lt;b&gt;{key}&lt;/b&gt; с {effective}; ответ до {expires}.</translation>
    </message>
    <message>
        <source>Reason (required to refuse)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Причина (обязательна при отказе)</translation>
    </message>
    <message>
        <source>Accept command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Принять руководство</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отклонить</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Руководитель ликвидации</translation>
    </message>
    <message>
        <source>Tier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Уровень</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Command structure</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Структура руководства</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">С</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Название</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Серьёзность</translation>
    </message>
    <message>
        <source>CC</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Стр.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещения</translation>
    </message>
    <message>
        <source>Age</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Давн.</translation>
    </message>
    <message>
        <source>#</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">№</translation>
    </message>
    <message>
        <source>Offset</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Смещение</translation>
    </message>
    <message>
        <source>From → To</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">От → Кому</translation>
    </message>
    <message>
        <source>Method</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Способ</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сообщение</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ожидаемое действие</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Состояние</translation>
    </message>
    <message>
        <source>Sent at (wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отправлено (реальное время)</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подтвердил</translation>
    </message>
    <message>
        <source>Expected action observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ожидаемое действие выполнено</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>the message types a queue shows day to day (an Ack or an Error elides, whole on hover)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Реж.</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Получено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отправлено</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Срочность</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Заголовок</translation>
    </message>
    <message>
        <source>Sender</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отправитель</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Страна</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <source>Incident(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие(я)</translation>
    </message>
    <message>
        <source>Ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подтверждение</translation>
    </message>
    <message>
        <source>Trust</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Доверие</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Позывной</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>Position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Координаты</translation>
    </message>
    <message>
        <source>Last update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Последнее обновление</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Назначение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Размер</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Источник</translation>
    </message>
    <message>
        <source>Stream</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Поток</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пропущено</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Количество</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Время</translation>
    </message>
    <message>
        <source>Actor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Исполнитель</translation>
    </message>
    <message>
        <source>Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Консоль</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Что произошло</translation>
    </message>
</context>
<context>
    <name>IcsPdf</name>
    <message>
        <source>none</source>
        <extracomment>a time in the one format (incident_desk/timefmt.py), kept left to right inside Arabic</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <source>{form} — page {page} of {pages}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{form} — стр. {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>IncidentBoardWidget</name>
    <message>
        <source>New</source>
        <extracomment>the status filter&apos;s entries</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Новые</translation>
    </message>
    <message>
        <source>Active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Активные</translation>
    </message>
    <message>
        <source>Contained</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Локализованные</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрытые</translation>
    </message>
    <message>
        <source>Activate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Активир.</translation>
    </message>
    <message>
        <source>Contain</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Локализ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Открыть</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Все статусы</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Все страны</translation>
    </message>
    <message>
        <source>Filter incidents: key or title</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Фильтр происшествий: ключ или название</translation>
    </message>
    <message>
        <source>New from alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">По оповещению</translation>
    </message>
    <message>
        <source>Attach alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Привязать</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Объединить…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Заметка…</translation>
    </message>
    <message>
        <source>Older closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрытые ранее</translation>
    </message>
    <message>
        <source>No older closed incidents are stored.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Более ранних закрытых инцидентов не сохранено.</translation>
    </message>
    <message>
        <source>Could not look up the alert&apos;s incident: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не удалось найти происшествие оповещения: {error}</translation>
    </message>
    <message>
        <source>Select an alert in the queue to open an incident from it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выберите оповещение в очереди, чтобы открыть по нему происшествие.</translation>
    </message>
    <message>
        <source>open an incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">открыть происшествие</translation>
    </message>
    <message>
        <source>Select an alert in the queue and an incident on the board to attach it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выберите оповещение в очереди и происшествие на панели, чтобы привязать его.</translation>
    </message>
    <message>
        <source>The alert already belongs to this incident.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение уже относится к этому происшествию.</translation>
    </message>
    <message>
        <source>attach the alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">привязать оповещение</translation>
    </message>
    <message>
        <source>Select exactly two incidents to merge (Shift+arrow or Ctrl+click).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выберите ровно два происшествия для объединения (Shift+стрелка или Ctrl+щелчок).</translation>
    </message>
    <message>
        <source>merge the incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">объединить происшествия</translation>
    </message>
    <message>
        <source>Select an incident on the board first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сначала выберите происшествие на панели.</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрыть происшествие</translation>
    </message>
    <message>
        <source>Close incident {key} ({title})? Its alerts stay in the queue.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрыть происшествие {key} ({title})? Его оповещения останутся в очереди.</translation>
    </message>
    <message>
        <source>set the incident {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">перевести происшествие в «{status}»</translation>
    </message>
    <message>
        <source>Select an incident on the board to add a note to it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выберите происшествие на панели, чтобы добавить заметку.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Добавить заметку</translation>
    </message>
    <message>
        <source>Note for incident {key}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Заметка к инциденту {key}:</translation>
    </message>
    <message>
        <source>add the note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">добавить заметку</translation>
    </message>
    <message>
        <source>This console has no incident board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">У этой консоли нет панели происшествий.</translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>Exercise {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения {id}</translation>
    </message>
    <message>
        <source>Real incident, not the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Реальный инцидент, не учения</translation>
    </message>
    <message>
        <source>{key}: {title} at {position} — created by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title}, {position} — создал(а) {who}</translation>
    </message>
    <message>
        <source>{key}: {title} — created by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title} — создал(а) {who}</translation>
    </message>
    <message>
        <source>now</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сейчас</translation>
    </message>
    <message>
        <source>{0} min</source>
        <comment>minutes ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} мин</translation>
    </message>
    <message>
        <source>{0} h</source>
        <comment>hours ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} ч</translation>
    </message>
    <message>
        <source>{0} d</source>
        <comment>days ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} дн.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>where the operator&apos;s last choice is kept (QSettings)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Язык</translation>
    </message>
    <message>
        <source>(draft)</source>
        <comment>a translation not yet reviewed by a native speaker</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(черновик)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>leave the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выйти из учений</translation>
    </message>
    <message>
        <source>Return to the preferred broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вернуться к основному брокеру</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествия</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Журнал</translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <source>Map: find a place, incident, unit or coordinates…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта: найти место, происшествие, подразделение или координаты…</translation>
    </message>
    <message>
        <source>Publish update for the selected incident (its cordons)…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Опубликовать обновление по выбранному инциденту (с оцеплениями)…</translation>
    </message>
    <message>
        <source>Map: draw a cordon (circle) on the selected incident</source>
        <extracomment>the Map menu&apos;s other actions, in menu order after the ones above</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта: оцепление (круг) на выбранном происшествии</translation>
    </message>
    <message>
        <source>Map: draw a cordon (polygon) on the selected incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта: оцепление (многоугольник) на выбранном происшествии</translation>
    </message>
    <message>
        <source>Map: measure distance</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта: измерить расстояние</translation>
    </message>
    <message>
        <source>Map: add map package…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта: добавить пакет карт…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Карта</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Find a place, incident key, callsign or coordinates (Ctrl+L)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Найти место, ключ происшествия, позывной или координаты (Ctrl+L)</translation>
    </message>
    <message>
        <source>Map search</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Поиск на карте</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">координаты</translation>
    </message>
    <message>
        <source>incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">происшествие</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подразделение</translation>
    </message>
    <message>
        <source>country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">страна</translation>
    </message>
    <message>
        <source>capital</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">столица</translation>
    </message>
    <message>
        <source>town</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">город</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">пункт пропуска</translation>
    </message>
    <message>
        <source>scenario place</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">место сценария</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Свободно</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Назначено</translation>
    </message>
    <message>
        <source>En route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">В пути</translation>
    </message>
    <message>
        <source>On scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">На месте</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не в строю</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус неизвестен</translation>
    </message>
    <message>
        <source>stale since {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">позиция устарела с {time}</translation>
    </message>
    <message>
        <source>Natural Earth · places: {places} · borders: {borders}</source>
        <extracomment>the map&apos;s data credit; {places} and {borders} are the licensed sources&apos; own names (kept as their licences ask), only the words around them are translated</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Natural Earth · населённые пункты: {places} · границы: {borders}</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} м</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} км</translation>
    </message>
    <message>
        <source>Outline map (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Контурная карта (офлайн)</translation>
    </message>
    <message>
        <source>Country boundaries (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Границы стран (офлайн)</translation>
    </message>
    <message>
        <source>Place names (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Названия мест (офлайн)</translation>
    </message>
    <message>
        <source>CAP areas and cordons</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Районы CAP и оцепления</translation>
    </message>
    <message>
        <source>Units</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подразделения</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествия</translation>
    </message>
</context>
<context>
    <name>MapWiring</name>
    <message>
        <source>Map closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта закрыта</translation>
    </message>
    <message>
        <source>Incident {key}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие {key}: {title}</translation>
    </message>
    <message>
        <source>This console cannot create incidents.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Эта консоль не может создавать происшествия.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Новое происшествие</translation>
    </message>
    <message>
        <source>Title of the new incident at {lat}, {lon}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Название нового происшествия в точке {lat}, {lon}:</translation>
    </message>
    <message>
        <source>Incident at {lat}, {lon}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие в точке {lat}, {lon}</translation>
    </message>
    <message>
        <source>create the incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">создать происшествие</translation>
    </message>
    <message>
        <source>The map is not shown in this console.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта в этой консоли не показана.</translation>
    </message>
    <message>
        <source>Loading map…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Загрузка карты…</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Скопировано: {text}</translation>
    </message>
    <message>
        <source>add the map package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">добавить пакет карт</translation>
    </message>
    <message>
        <source>Add map package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Добавить пакет карт</translation>
    </message>
    <message>
        <source>Map packages (*.mbtiles *.pmtiles);;All files (*)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пакеты карт (*.mbtiles *.pmtiles);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Map packages cannot be shown in this console (see the log).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пакеты карт нельзя показать в этой консоли (см. журнал).</translation>
    </message>
    <message>
        <source>Map package added: {name} ({path})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пакет карт добавлен: {name} ({path})</translation>
    </message>
    <message>
        <source>No active incidents or areas to show on the map.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нет активных происшествий или районов для показа на карте.</translation>
    </message>
    <message>
        <source>Select an alert to show on the map first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сначала выберите оповещение для показа на карте.</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>EXERCISE {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ {id}</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">РЕАЛЬНОЕ</translation>
    </message>
</context>
<context>
    <name>MselTableModel</name>
    <message>
        <source>pending</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ожидает</translation>
    </message>
    <message>
        <source>held</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">удержано</translation>
    </message>
    <message>
        <source>sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отправлено</translation>
    </message>
    <message>
        <source>skipped</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">пропущено</translation>
    </message>
    <message>
        <source>failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ошибка</translation>
    </message>
    <message>
        <source>The inject&apos;s time on the exercise clock, from STARTEX.</source>
        <extracomment>what the headers&apos; tooltips add to their names: which clock a time is on</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Время вводной по часам учений, от STARTEX.</translation>
    </message>
    <message>
        <source>When the inject went out on the wall clock, in this computer&apos;s local time ({zone}); the hover over a time gives its date and UTC.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Реальное время отправки вводной, по местному времени этого компьютера ({zone}); при наведении на время показываются дата и время UTC.</translation>
    </message>
    <message>
        <source>CAP {type}: {headline}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{type} CAP: {headline}</translation>
    </message>
    <message>
        <source>Unit {unit} → {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подразделение {unit} → {status}</translation>
    </message>
    <message>
        <source>{number} (ad hoc)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{number} (внеплановая)</translation>
    </message>
    <message>
        <source>held (contingency for {number})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">удержано (резерв для {number})</translation>
    </message>
    <message>
        <source>system</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">система</translation>
    </message>
    <message>
        <source>phone</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">телефон</translation>
    </message>
    <message>
        <source>radio</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">радио</translation>
    </message>
    <message>
        <source>email</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">эл. почта</translation>
    </message>
    <message>
        <source>in person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">лично</translation>
    </message>
    <message>
        <source>media</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">СМИ</translation>
    </message>
</context>
<context>
    <name>NoDuffGuard</name>
    <message>
        <source>NO DUFF declared</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Объявлено NO DUFF</translation>
    </message>
</context>
<context>
    <name>NoDuffOverlay</name>
    <message>
        <source>NO DUFF — REAL-WORLD ALERT — THIS IS NOT A DRILL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF — РЕАЛЬНОЕ ОПОВЕЩЕНИЕ — ЭТО НЕ УЧЕНИЯ</translation>
    </message>
    <message>
        <source>The exercise clock is held. Handle the real event on the live path (Actual); exercise traffic continues only when the controller resumes.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Часы учений остановлены. Отрабатывайте реальное событие в реальном контуре (Actual); трафик учений продолжится, только когда руководитель учений их возобновит.</translation>
    </message>
    <message>
        <source>Acknowledge real alert and dismiss</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подтвердить реальное оповещение и закрыть</translation>
    </message>
    <message>
        <source>The exercise is no longer held. The real event above is still yours: handle it on the live path (Actual).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учение больше не приостановлено. Реальное событие выше по-прежнему за вами: работайте с ним по реальному каналу (Actual).</translation>
    </message>
    <message>
        <source>from {sender} — sent {time} — {severity} / {urgency}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">от {sender} — отправлено {time} — {severity} / {urgency}</translation>
    </message>
    <message>
        <source>Exercise control: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Управление учениями: {reason}</translation>
    </message>
    <message>
        <source>Dismiss (seen)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Закрыть (просмотрено)</translation>
    </message>
</context>
<context>
    <name>NoticeButton</name>
    <message>
        <source>{n} quarantined</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в карантине: {n}</translation>
    </message>
    <message>
        <source>{n} missing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">пропущено: {n}</translation>
    </message>
    <message>
        <source>Payloads set aside and messages missing from publisher streams (Ctrl+Shift+Q)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отложенные сообщения и пропуски в потоках отправителей (Ctrl+Shift+Q)</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>the payload is binary data, not text</source>
        <extracomment>ingest&apos;s sentence for bytes the XML parser refused (incident_desk/ingest/_reasons.py); its ``detail`` is libxml2&apos;s own message (&quot;Premature end of data in tag alert line 1, line 1, column 166&quot;), which the row replaces with one of the plain problems below</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сообщение — двоичные данные, а не текст</translation>
    </message>
    <message>
        <source>the payload is not XML (it does not begin with a tag)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сообщение не в формате XML (не начинается с тега)</translation>
    </message>
    <message>
        <source>the document is cut short, before its tags are closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">документ обрывается до закрытия тегов</translation>
    </message>
    <message>
        <source>a closing tag does not match the tag it closes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">закрывающий тег не совпадает с тегом, который он закрывает</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">после конца документа идёт ещё текст</translation>
    </message>
    <message>
        <source>an “&amp;” code in the text is not valid XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">код «&amp;» в тексте недопустим в XML</translation>
    </message>
    <message>
        <source>it holds characters XML does not allow, or bytes not in its encoding</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">содержит символы, недопустимые в XML, или байты, не соответствующие его кодировке</translation>
    </message>
    <message>
        <source>a tag or its attributes are written wrongly</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">тег или его атрибуты записаны неверно</translation>
    </message>
    <message>
        <source>it breaks the rules of XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нарушает правила XML</translation>
    </message>
    <message>
        <source>{problem}, on line {line}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{problem}, в строке {line}</translation>
    </message>
    <message>
        <source>TEST</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ТЕСТ</translation>
    </message>
    <message>
        <source>… {n} more bytes not shown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">… ещё {n} байт не показано</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Quarantine and missing messages</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карантин и пропущенные сообщения</translation>
    </message>
    <message>
        <source>Select an entry to see the payload as received.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выберите запись, чтобы увидеть сообщение в полученном виде.</translation>
    </message>
    <message>
        <source>Quarantine ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карантин ({n})</translation>
    </message>
    <message>
        <source>Missing messages ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пропущенные сообщения ({n})</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Топик: {topic}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Причина: {reason}</translation>
    </message>
    <message>
        <source>As the XML parser says it: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сообщение XML-анализатора: {reason}</translation>
    </message>
    <message>
        <source>Not UTF-8 text: shown as bytes (offset, hexadecimal, the bytes that are ASCII characters).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не текст UTF-8: показано побайтно (смещение, шестнадцатеричный вид, байты, являющиеся символами ASCII).</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Could not {doing}: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не удалось {doing}: {reason}</translation>
    </message>
    <message>
        <source>Could not {doing} (unexpected error, logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не удалось {doing} (непредвиденная ошибка, записана в журнал): {error}</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n message(s) waiting for the broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n сообщение ожидает брокера</numerusform>
            <numerusform>%n сообщения ожидают брокера</numerusform>
            <numerusform>%n сообщений ожидают брокера</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgements and command events written on this console that the broker has not confirmed yet; they are kept and sent by themselves when it is reachable.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подтверждения и события руководства, записанные на этой консоли, которые брокер ещё не подтвердил; они сохраняются и отправляются сами, когда брокер доступен.</translation>
    </message>
    <message>
        <source>Last attempt: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Последняя попытка: {error}</translation>
    </message>
</context>
<context>
    <name>ProposeHandoverDialog</name>
    <message>
        <source>Propose handover of {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предложить передачу {key}</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передать</translation>
    </message>
    <message>
        <source>Takes effect at</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вступает в силу</translation>
    </message>
    <message>
        <source>Answer by (expires)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ответ до (истекает)</translation>
    </message>
    <message>
        <source>Times in this workstation&apos;s clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Время по часам этой рабочей станции</translation>
    </message>
    <message>
        <source>Propose handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предложить передачу</translation>
    </message>
    <message>
        <source>ICS-201 brief sent with the proposal (read-only):</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сводка ICS-201, отправленная с предложением (только чтение):</translation>
    </message>
</context>
<context>
    <name>RateIndicator</name>
    <message>
        <source>{n} alerts/min</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} оповещ./мин</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all stored alerts</source>
        <translation type="unfinished">Поиск по всем сохранённым оповещениям</translation>
    </message>
    <message>
        <source>Words in the sender, event, headline, description or area</source>
        <translation type="unfinished">Слова в отправителе, событии, заголовке, описании или районе</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished">Любая серьёзность</translation>
    </message>
    <message>
        <source>Country (KE)</source>
        <translation type="unfinished">Страна (KE)</translation>
    </message>
    <message>
        <source>Agency (upf)</source>
        <translation type="unfinished">Ведомство (upf)</translation>
    </message>
    <message>
        <source>The agency&apos;s code in the topics it publishes on</source>
        <translation type="unfinished">Код ведомства в топиках, в которые оно публикует</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Найти</translation>
    </message>
    <message>
        <source>Type words and press Enter.</source>
        <translation type="unfinished">Введите слова и нажмите Enter.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished">Реж.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">Отправлено</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Серьёзность</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Событие</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished">Заголовок</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">От</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Страна</translation>
    </message>
    <message>
        <source>Older hits</source>
        <translation type="unfinished">Более ранние результаты</translation>
    </message>
    <message>
        <source>Search first: older hits follow the newest 100</source>
        <translation type="unfinished">Сначала выполните поиск: более ранние результаты следуют за 100 новейшими</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Открыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <source>The time range ends before it starts.</source>
        <translation type="unfinished">Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Exercise traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Трафик учений</translation>
    </message>
    <message>
        <source>Real alert, not the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Реальное оповещение, не учения</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished">Поиск…</translation>
    </message>
    <message>
        <source>Search the alerts received before those</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Искать среди оповещений, полученных раньше</translation>
    </message>
    <message>
        <source>Show the next {count} older hits</source>
        <translation type="unfinished">Показать следующие более ранние результаты ({count})</translation>
    </message>
    <message>
        <source>Every hit is shown</source>
        <translation type="unfinished">Показаны все результаты</translation>
    </message>
    <message>
        <source>{shown} Searched the alerts received since {time}; Older hits searches further back.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{shown} Просмотрены оповещения, полученные с {time}; «Более ранние результаты» ищет дальше.</translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пока совпадений нет.</translation>
    </message>
    <message>
        <source>No stored alert matches.</source>
        <translation type="unfinished">Ни одно сохранённое оповещение не подходит.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) shown, newest first. Double-click one to open it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>Показано %n оповещение, новые сверху. Дважды щёлкните, чтобы открыть.</numerusform>
            <numerusform>Показано %n оповещения, новые сверху. Дважды щёлкните, чтобы открыть.</numerusform>
            <numerusform>Показано %n оповещений, новые сверху. Дважды щёлкните, чтобы открыть.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation type="unfinished">Поиск не удался: {reason}</translation>
    </message>
    <message>
        <source>This alert is older than the queue loads at once: it is shown in the detail pane; scroll the queue or search again to see its neighbours.</source>
        <translation type="unfinished">Это оповещение старше того, что очередь загружает сразу: оно показано в панели подробностей; прокрутите очередь или повторите поиск, чтобы увидеть соседние.</translation>
    </message>
</context>
<context>
    <name>ShelveDialog</name>
    <message>
        <source>Shelve alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отложить тревогу</translation>
    </message>
    <message>
        <source>Why (required, goes to the timeline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Причина (обязательно, записывается в журнал событий)</translation>
    </message>
    <message>
        <source>Until it returns to normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">До возврата в норму</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">15 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1 час</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8 часов</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревога</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>For</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">На срок</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Acknowledge</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подтвердить</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">К фильтру</translation>
    </message>
    <message>
        <source>Next unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Следующее неподтверждённое</translation>
    </message>
    <message>
        <source>Previous unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предыдущее неподтверждённое</translation>
    </message>
    <message>
        <source>Mute alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выключить звук тревоги</translation>
    </message>
    <message>
        <source>Toggle dark/light theme</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тёмная/светлая тема</translation>
    </message>
    <message>
        <source>Show quarantine and gaps</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Показать карантин и пропуски</translation>
    </message>
    <message>
        <source>Search all stored alerts…</source>
        <translation type="unfinished">Поиск по всем сохранённым оповещениям…</translation>
    </message>
    <message>
        <source>Focus incident board</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">К панели происшествий</translation>
    </message>
    <message>
        <source>New incident from selected alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Новое происшествие из выбранного оповещения</translation>
    </message>
    <message>
        <source>Attach selected alert to selected incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Привязать выбранное оповещение к выбранному происшествию</translation>
    </message>
    <message>
        <source>Merge the two selected incidents…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Объединить два выбранных происшествия…</translation>
    </message>
    <message>
        <source>Incident: activate (or re-escalate)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие: активировать (или снова эскалировать)</translation>
    </message>
    <message>
        <source>Incident: contain</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие: локализовать</translation>
    </message>
    <message>
        <source>Incident: close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие: закрыть</translation>
    </message>
    <message>
        <source>Incident: reopen</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие: открыть снова</translation>
    </message>
    <message>
        <source>Add note to selected incident…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Добавить заметку к выбранному происшествию…</translation>
    </message>
    <message>
        <source>Map: fit all active incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта: показать все активные происшествия</translation>
    </message>
    <message>
        <source>Map: show the selected alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Карта: показать выбранное оповещение</translation>
    </message>
    <message>
        <source>Assign a unit or person to an incident…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Назначить подразделение или сотрудника на происшествие…</translation>
    </message>
    <message>
        <source>Show the units and command panels</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Показать панели подразделений и руководства</translation>
    </message>
    <message>
        <source>Load agency and unit directory…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Загрузить справочник ведомств и подразделений…</translation>
    </message>
    <message>
        <source>Help: shortcuts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Справка: сочетания клавиш</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выход</translation>
    </message>
    <message>
        <source>Exercise: STARTEX</source>
        <extracomment>the exercise controller&apos;s clock controls (incident_desk/ui/exercise_panel.py): only on a console that runs the controller, in their own &quot;Exercise&quot; menu</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: STARTEX</translation>
    </message>
    <message>
        <source>Exercise: pause / resume the clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: пауза / продолжить часы</translation>
    </message>
    <message>
        <source>Exercise: step (send the next inject now)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: шаг (отправить следующую вводную сейчас)</translation>
    </message>
    <message>
        <source>Exercise: jump to the selected inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: перейти к выбранной вводной</translation>
    </message>
    <message>
        <source>Exercise: ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: ENDEX</translation>
    </message>
    <message>
        <source>Exercise: faster</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: быстрее</translation>
    </message>
    <message>
        <source>Exercise: slower</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: медленнее</translation>
    </message>
    <message>
        <source>Exercise: ad-hoc inject…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: внеплановая вводная…</translation>
    </message>
    <message>
        <source>Exercise: focus the MSEL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Учения: к MSEL</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>text size steps of View → Text size (per cent of the platform&apos;s font)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Действия</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Консоль</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} ({keys})</translation>
    </message>
    <message>
        <source>Incident Desk — shortcuts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Действие</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <extracomment>the room a window manager&apos;s frame takes around the dialog (both sides; the title bar and the bottom border), kept free on the screen</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Учения</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The console could not start.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Консоль не удалось запустить.</translation>
    </message>
</context>
<context>
    <name>TakIndicator</name>
    <message>
        <source>TAK: starting</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">TAK: запуск</translation>
    </message>
    <message>
        <source>joined</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подключён</translation>
    </message>
    <message>
        <source>connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подключён</translation>
    </message>
    <message>
        <source>not connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не подключён</translation>
    </message>
    <message>
        <source>{n} devices</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">устройств: {n}</translation>
    </message>
    <message>
        <source>CoT in {cin} / out {out}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CoT вход {cin} / выход {out}</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отклонено: {n}</translation>
    </message>
    <message>
        <source>{n} exercise channel(s) down</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">каналов учений недоступно: {n}</translation>
    </message>
    <message>
        <source>exercise {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">учения {id}</translation>
    </message>
    <message>
        <source>real traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">реальный трафик</translation>
    </message>
    <message>
        <source>{name}: {url} {state}; {sent} sent, {received} received, {dropped} dropped, {connects} connection(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: {url} {state}; отправлено {sent}, получено {received}, потеряно {dropped}, подключений {connects}</translation>
    </message>
    <message>
        <source>  last error: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">  последняя ошибка: {error}</translation>
    </message>
    <message>
        <source>Put on the bus from TAK (unit positions, emergency beacons): {n}. Devices are counted once they reported a position.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передано на шину из TAK (позиции подразделений, аварийные маяки): {n}. Устройство учитывается, когда сообщило позицию.</translation>
    </message>
    <message>
        <source>Refused {n}×: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отклонено {n}×: {reason}</translation>
    </message>
    <message>
        <source>{n} device(s) match no unit of the directory: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Устройств без подразделения в справочнике: {n}: {names}</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">За всё время</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">Последние 30 дней</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished">Другой период…</translation>
    </message>
    <message>
        <source>from</source>
        <comment>time range: from this minute</comment>
        <translation type="unfinished">с</translation>
    </message>
    <message>
        <source>to</source>
        <comment>time range: up to this minute</comment>
        <translation type="unfinished">по</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Incident opened</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие открыто</translation>
    </message>
    <message>
        <source>Alert attached</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение привязано</translation>
    </message>
    <message>
        <source>Incidents merged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествия объединены</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус происшествия</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Примечание</translation>
    </message>
    <message>
        <source>Alerts cancelled</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещения отменены</translation>
    </message>
    <message>
        <source>Update published</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Обновление опубликовано</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение подтверждено</translation>
    </message>
    <message>
        <source>Command established</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Руководство установлено</translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передача предложена</translation>
    </message>
    <message>
        <source>Handover superseded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передача заменена</translation>
    </message>
    <message>
        <source>Handover accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передача принята</translation>
    </message>
    <message>
        <source>Handover refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Передача отклонена</translation>
    </message>
    <message>
        <source>Handover answer too late</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ответ на передачу опоздал</translation>
    </message>
    <message>
        <source>Handover expired</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Срок передачи истёк</translation>
    </message>
    <message>
        <source>Command closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Руководство закрыто</translation>
    </message>
    <message>
        <source>Command action refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Действие руководства отклонено</translation>
    </message>
    <message>
        <source>Assignment made</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Задача назначена</translation>
    </message>
    <message>
        <source>Assignment status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус задачи</translation>
    </message>
    <message>
        <source>Assignment refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Задача отклонена</translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Участие ведомства</translation>
    </message>
    <message>
        <source>Participation refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Участие отклонено</translation>
    </message>
    <message>
        <source>Area drawn</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Район нанесён</translation>
    </message>
    <message>
        <source>Area removed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Район удалён</translation>
    </message>
    <message>
        <source>Area refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Район отклонён</translation>
    </message>
    <message>
        <source>Unit status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус подразделения</translation>
    </message>
    <message>
        <source>Alarm raised</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревога поднята</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревога подтверждена</translation>
    </message>
    <message>
        <source>Alarm priority lowered</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Приоритет тревоги понижен</translation>
    </message>
    <message>
        <source>Alarm cleared</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревога снята</translation>
    </message>
    <message>
        <source>Alarm shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревога отложена</translation>
    </message>
    <message>
        <source>Alarm unshelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревога возвращена</translation>
    </message>
    <message>
        <source>Alarm flood began</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Началась лавина тревог</translation>
    </message>
    <message>
        <source>Alarm flood ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Лавина тревог закончилась</translation>
    </message>
    <message>
        <source>Alarms ended at ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревоги завершены по ENDEX</translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пакет доказательств выгружен</translation>
    </message>
    <message>
        <source>CAP feed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Поток CAP</translation>
    </message>
    <message>
        <source>System</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Система</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>EXERCISE · {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ · {text}</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Current incident only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Только текущее происшествие</translation>
    </message>
    <message>
        <source>(no incident selected)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(происшествие не выбрано)</translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <source>available</source>
        <extracomment>unit states as the operator reads them (the code value stays in the data)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">свободно</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначено</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в пути</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на месте</translation>
    </message>
    <message>
        <source>out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не в строю</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">неизвестно</translation>
    </message>
    <message>
        <source>tactical team</source>
        <extracomment>unit kinds (the directory&apos;s ``UnitKind``) as the operator reads them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">тактическая группа</translation>
    </message>
    <message>
        <source>EOD (bomb disposal)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">разминирование (EOD)</translation>
    </message>
    <message>
        <source>negotiators</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">переговорщики</translation>
    </message>
    <message>
        <source>border patrol</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">пограничный патруль</translation>
    </message>
    <message>
        <source>ambulance</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">скорая помощь</translation>
    </message>
    <message>
        <source>fire</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">пожарные</translation>
    </message>
    <message>
        <source>K9 (dog unit)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">кинологи (K9)</translation>
    </message>
    <message>
        <source>command post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">командный пункт</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">другое</translation>
    </message>
    <message>
        <source>, {n} persons</source>
        <extracomment>the wall clock (tests set it); &quot;today&quot; is read from it when units come in and on each stale check, so a report of yesterday shows its date after midnight</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">, чел.: {n}</translation>
    </message>
    <message>
        <source>Last update: {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Последнее обновление: {time}</translation>
    </message>
    <message>
        <source>Last position from TAK device {device}, stale since {time}: the device has not reported since.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Последняя позиция от устройства TAK {device}, устарела с {time}: с тех пор устройство не передавало данных.</translation>
    </message>
    <message>
        <source>Report time on the exercise clock: {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Время донесения по часам учения: {time}</translation>
    </message>
    <message>
        <source>{where} (stale since {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{where} (устарело с {time})</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>All agencies</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Все ведомства</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Все виды</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Все статусы</translation>
    </message>
</context>
<context>
    <name>UpdateAction</name>
    <message>
        <source>This console cannot publish CAP Updates (no incident board).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Эта консоль не может публиковать обновления CAP (нет панели инцидентов).</translation>
    </message>
    <message>
        <source>Select an incident on the board to publish an update for it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выберите инцидент на панели, чтобы опубликовать по нему обновление.</translation>
    </message>
    <message>
        <source>Cannot publish an update: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Невозможно опубликовать обновление: {reason}</translation>
    </message>
    <message>
        <source>Publish a CAP Update for the selected incident with its cordons (Ctrl+Shift+P)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Опубликовать обновление CAP по выбранному инциденту с его оцеплениями (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Update for {key} published with {count} cordon(s).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Обновление по {key} опубликовано, оцеплений: {count}.</translation>
    </message>
    <message>
        <source>publish the update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">опубликовать обновление</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Publish update for {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Публикация обновления по {key}</translation>
    </message>
    <message>
        <source>EXERCISE {exercise}: this Update goes to the drill&apos;s participants only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ {exercise}: это обновление получат только участники учений</translation>
    </message>
    <message>
        <source>{key}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title}</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished">Заголовок</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished">Указание</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Серьёзность</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished">Срочность</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation type="unfinished">Достоверность</translation>
    </message>
    <message>
        <source>Areas that go out:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отправляемые зоны:</translation>
    </message>
    <message>
        <source>{name} (from the alert)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} (из оповещения)</translation>
    </message>
    <message>
        <source>{name}: cordon, circle of {radius} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: оцепление, круг {radius} м</translation>
    </message>
    <message>
        <source>{name}: cordon, polygon of {count} corners</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: оцепление, многоугольник из {count} вершин</translation>
    </message>
    <message>
        <source>Updates {count} alert(s) in force; latest {identifier} from {sender}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Обновляет действующие оповещения: {count}; последнее — {identifier} от {sender}.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Опубликовать</translation>
    </message>
</context>
<context>
    <name>WarningsIndicator</name>
    <message>
        <source>⚠ 1 alert with warnings</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ 1 оповещение с предупреждениями</translation>
    </message>
    <message>
        <source>⚠ {n} alerts with warnings</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ оповещений с предупреждениями: {n}</translation>
    </message>
    <message>
        <source>{n} of the alerts shown were accepted although they break a rule of the CAP standard (for example an empty area or a missing reference). They are complete enough to act on. Each one shows ⚠ and its number of warnings in the queue&apos;s Type column; select it to read what was unusual in the detail pane.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Показанных оповещений, принятых с нарушением правила стандарта CAP (например, пустой район или отсутствующая ссылка): {n}. Они достаточно полны, чтобы действовать. У каждого в столбце «Тип» очереди стоит ⚠ и число предупреждений; выберите его, чтобы прочитать в панели подробностей, что необычно.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;View</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;Вид</translation>
    </message>
    <message>
        <source>Text size</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Размер текста</translation>
    </message>
    <message>
        <source>Incident Desk — EXERCISE {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — УЧЕНИЯ {id}</translation>
    </message>
    <message>
        <source>Incident Desk — REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — РЕАЛЬНЫЙ РЕЖИМ</translation>
    </message>
    <message>
        <source>EXERCISE – {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">УЧЕНИЯ – {id}</translation>
    </message>
    <message>
        <source>You left the exercise: real traffic only.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вы вышли из учений: только реальный трафик.</translation>
    </message>
    <message>
        <source>{n} alarm(s) are active and unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">активных неподтверждённых тревог: {n}</translation>
    </message>
    <message>
        <source>this console runs the drill&apos;s controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">эта консоль управляет учениями</translation>
    </message>
    <message>
        <source>Quit Incident Desk</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выйти из Incident Desk</translation>
    </message>
    <message>
        <source>Quit although {reasons}? Alerts keep arriving for the other consoles.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выйти, хотя {reasons}? Оповещения продолжают поступать на другие консоли.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Выход</translation>
    </message>
</context>
<context>
    <name>aar</name>
    <message>
        <source>no checkable expectation (evaluator&apos;s judgement)</source>
        <extracomment>an ad-hoc inject (sent by the controller during play, not in the MSEL file) ``expect_text`` and ``remarks`` as messages (``_aar_text``): the HTML page renders them in the reader&apos;s language; the JSON leaves them out (it has the English texts) why it was not sent, as a message (one of ``remark_msgs``): the HTML page&apos;s &quot;sent&quot; cell says it; None when it went out ``text`` as a message for the reader&apos;s language (an inject&apos;s line, a timeline entry written as a message id); None: ``text`` is data (a headline) or free text</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет проверяемого ожидания (на усмотрение оценщика)</translation>
    </message>
    <message>
        <source>the inject&apos;s alert is not in the store</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оповещения этой вводной нет в хранилище</translation>
    </message>
    <message>
        <source>no checkable expectation: evaluator&apos;s judgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет проверяемого ожидания: на усмотрение оценщика</translation>
    </message>
    <message>
        <source>a non-CAP inject cannot be acknowledged or linked automatically</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">вводную не в формате CAP нельзя автоматически подтвердить или связать</translation>
    </message>
    <message>
        <source>the inject is not in the store: nothing to measure from</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">вводной нет в хранилище: не от чего отсчитывать</translation>
    </message>
    <message>
        <source>incident {keys} was only created automatically from the CAP incident key: no operator action on it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">происшествие {keys} создано только автоматически по ключу происшествия CAP: действий оператора не было</translation>
    </message>
    <message>
        <source>expect lists no action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в expect не указано ни одного действия</translation>
    </message>
    <message>
        <source>ad-hoc inject {number} at {offset}: {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">внеплановая вводная {number} в {offset}: {action}</translation>
    </message>
    <message>
        <source>inject {number} at {offset}: {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">вводная {number} в {offset}: {action}</translation>
    </message>
    <message>
        <source>assignment of {unit}</source>
        <extracomment>the catalog context of the report&apos;s texts</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначение {unit}</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подтверждение</translation>
    </message>
    <message>
        <source>incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">происшествие</translation>
    </message>
    <message>
        <source>no {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action}: нет</translation>
    </message>
    <message>
        <source>{action} already done by {by} before the inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} уже выполнено {by} до вводной</translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock): later than {within}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action}: {by}, через {delay} после вводной (время учений; {wall} по часам): позже, чем {within}</translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action}: {by}, через {delay} после вводной (время учений; {wall} по часам)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{first} и {second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{first}, {second} и {third}</translation>
    </message>
    <message>
        <source>acknowledge the alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подтвердить оповещение</translation>
    </message>
    <message>
        <source>open or take up an incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">открыть или принять происшествие</translation>
    </message>
    <message>
        <source>assign {unit}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначить {unit}</translation>
    </message>
    <message>
        <source>no action listed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">действия не указаны</translation>
    </message>
    <message>
        <source>{actions}, within {within} of exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{actions} в течение {within} времени учений</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>the report&apos;s fixed words: verdicts, inject kinds, timeline origins, clock sources</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выполнено</translation>
    </message>
    <message>
        <source>not met</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не выполнено</translation>
    </message>
    <message>
        <source>not observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не наблюдалось</translation>
    </message>
    <message>
        <source>cap</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подразделение</translation>
    </message>
    <message>
        <source>text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">текст</translation>
    </message>
    <message>
        <source>scenario</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сценарий</translation>
    </message>
    <message>
        <source>alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оповещение</translation>
    </message>
    <message>
        <source>ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подтверждение</translation>
    </message>
    <message>
        <source>timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">журнал событий</translation>
    </message>
    <message>
        <source>controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">контролёр</translation>
    </message>
    <message>
        <source>injects</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">вводные</translation>
    </message>
    <message>
        <source>speed only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">только скорость</translation>
    </message>
    <message>
        <source>alarms raised</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">поднято тревог</translation>
    </message>
    <message>
        <source>time in alarm flood</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">время в лавине тревог</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подтверждено</translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">время до подтверждения (среднее / медиана), время учений</translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), wall clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">время до подтверждения (среднее / медиана), по часам</translation>
    </message>
    <message>
        <source>standing (still active) / stale</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">стоящие (ещё активны) / устаревшие</translation>
    </message>
    <message>
        <source>shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отложено</translation>
    </message>
    <message>
        <source>by priority 1 / 2 / 3 / 4</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">по приоритету 1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тревоги</translation>
    </message>
    <message>
        <source>CAP inject</source>
        <extracomment>the report&apos;s own timeline kinds (an inject of the MSEL, a CAP message in the store, a control event of the controller) in words; the store&apos;s kinds are in ``timeline_kinds``</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">вводная CAP</translation>
    </message>
    <message>
        <source>text inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">текстовая вводная</translation>
    </message>
    <message>
        <source>unit inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">вводная по подразделению</translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translation type="unfinished">Оповещение CAP</translation>
    </message>
    <message>
        <source>CAP update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">обновление CAP</translation>
    </message>
    <message>
        <source>CAP cancel</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отмена CAP</translation>
    </message>
    <message>
        <source>CAP acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подтверждение CAP</translation>
    </message>
    <message>
        <source>CAP error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ошибка CAP</translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translation type="unfinished">STARTEX</translation>
    </message>
    <message>
        <source>pause</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">пауза</translation>
    </message>
    <message>
        <source>resume</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">продолжение</translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translation type="unfinished">NO DUFF</translation>
    </message>
    <message>
        <source>clock change</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">изменение часов</translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translation type="unfinished">ENDEX</translation>
    </message>
    <message>
        <source>control</source>
        <extracomment>the timeline&apos;s origin of a control event (the others are ``_aar_text.WORDS``)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">управление</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation type="unfinished">Учения</translation>
    </message>
    <message>
        <source>After-action report {exercise}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отчёт по итогам {exercise}</translation>
    </message>
    <message>
        <source>delays in exercise time (run speed ×{speed}; clock from {clock})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">задержки во времени учений (скорость ×{speed}; часы: {clock})</translation>
    </message>
    <message>
        <source>generated {time} · met {met} · not met {not_met} · not observed {unseen}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">создан {time} · выполнено {met} · не выполнено {not_met} · не наблюдалось {unseen}</translation>
    </message>
    <message>
        <source>planned (exercise time)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">по плану (время учений)</translation>
    </message>
    <message>
        <source>sent (exercise time)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отправлено (время учений)</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">вид</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <extracomment>the mark of an ad-hoc inject in the Injects table</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">внеплановая</translation>
    </message>
    <message>
        <source>alarms per 10 wall-clock minutes (average / peak)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">тревог за 10 мин по часам (среднее / пик)</translation>
    </message>
    <message>
        <source>from → to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">от → кому</translation>
    </message>
    <message>
        <source>expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ожидаемое действие</translation>
    </message>
    <message>
        <source>expectation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ожидание</translation>
    </message>
    <message>
        <source>observed (who, how late)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">наблюдалось (кто, с каким опозданием)</translation>
    </message>
    <message>
        <source>verdict</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оценка</translation>
    </message>
    <message>
        <source>notes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">примечания</translation>
    </message>
    <message>
        <source>exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">время учений</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">по часам</translation>
    </message>
    <message>
        <source>origin</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">источник</translation>
    </message>
    <message>
        <source>who</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">кто</translation>
    </message>
    <message>
        <source>inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">вводная</translation>
    </message>
    <message>
        <source>Injects: expected and observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вводные: ожидалось и наблюдалось</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Журнал событий</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{seconds} с</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{days} дн. {hours} ч</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{minutes} мин {seconds} с</translation>
    </message>
    <message>
        <source>not sent (ENDEX at {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не отправлено (ENDEX в {time})</translation>
    </message>
    <message>
        <source>not sent: skipped by a jump of the controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не отправлено: пропущено при переходе контролёра</translation>
    </message>
    <message>
        <source>not sent: a contingency inject never fired</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не отправлено: резервная вводная так и не была запущена</translation>
    </message>
    <message>
        <source>not sent: publishing it failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не отправлено: публикация не удалась</translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>the Injects table&apos;s &quot;sent&quot; cell of an inject that never went out, when no run log says why</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не отправлено</translation>
    </message>
    <message>
        <source>STARTEX: play starts at speed {speed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX: учения начинаются, скорость {speed}</translation>
    </message>
    <message>
        <source>PAUSE: the exercise clock is held at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ПАУЗА: часы учений остановлены на {time}</translation>
    </message>
    <message>
        <source>NO DUFF: the exercise clock is held at {time} for a real-world event</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF: часы учений остановлены на {time} из-за реального события</translation>
    </message>
    <message>
        <source>RESUME: play continues after {held} held (wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ПРОДОЛЖЕНИЕ: учения продолжаются после остановки на {held} (по часам)</translation>
    </message>
    <message>
        <source>RESUME: play continues</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ПРОДОЛЖЕНИЕ: учения продолжаются</translation>
    </message>
    <message>
        <source>ENDEX: play ends at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDEX: учения завершены на {time}</translation>
    </message>
    <message>
        <source>clock set: exercise time {time}, speed {speed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">часы установлены: время учений {time}, скорость {speed}</translation>
    </message>
    <message>
        <source>{event} — {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{event} — {reason}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{callsign}: {status} at {position}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign}: {status}, {position}</translation>
    </message>
    <message>
        <source>{callsign}: {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign}: {status}</translation>
    </message>
    <message>
        <source>Handover proposal to {to} expired unanswered; command stays with {holder}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предложение о передаче {to} истекло без ответа; руководство остаётся за {holder}</translation>
    </message>
    <message>
        <source>Acknowledged {identifier} from {sender}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подтверждено {identifier} от {sender}</translation>
    </message>
    <message>
        <source>Update published for incident {key}: {identifier}, {areas} areas</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Опубликовано обновление по инциденту {key}: {identifier}, зон: {areas}</translation>
    </message>
    <message>
        <source>Created incident {key} from alert {identifier} of {sender}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Создано происшествие {key} из оповещения {identifier} от {sender}: {title}</translation>
    </message>
    <message>
        <source>Created incident {key} at {position}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Создано происшествие {key} в точке {position}: {title}</translation>
    </message>
    <message>
        <source>Attached alert {identifier} of {sender}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Привязано оповещение {identifier} от {sender}</translation>
    </message>
    <message>
        <source>Merged incident {key} into this one ({n} alert(s) moved)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие {key} объединено с этим (перенесено оповещений: {n})</translation>
    </message>
    <message>
        <source>Merged into incident {key} and closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Объединено с происшествием {key} и закрыто</translation>
    </message>
    <message>
        <source>Status {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус {old} → {new}</translation>
    </message>
    <message>
        <source>by CAP incident id {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">по идентификатору происшествия CAP {key}</translation>
    </message>
    <message>
        <source>by its references</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">по его ссылкам</translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how} into the closed incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение {identifier} от {sender} ({type}) сгруппировано {how} в закрытое происшествие</translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение {identifier} от {sender} ({type}) сгруппировано {how}</translation>
    </message>
    <message>
        <source>All alerts cancelled: incident {key} stays {status} until an operator closes it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Все оповещения отменены: происшествие {key} остаётся в статусе «{status}», пока оператор его не закроет</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>the catalog context of every core message words the core passes as arguments (:func:`word`): incident and unit states. Listed here so that ``pyside6-lupdate`` puts them in the catalog.</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">новое</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">активное</translation>
    </message>
    <message>
        <source>contained</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">локализовано</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">закрыто</translation>
    </message>
    <message>
        <source>available</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">свободно</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначено</translation>
    </message>
    <message>
        <source>en_route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в пути</translation>
    </message>
    <message>
        <source>on_scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на месте</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не в строю</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в пути</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на месте</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">освобождено</translation>
    </message>
    <message>
        <source>not taking part</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не участвует</translation>
    </message>
    <message>
        <source>alerted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оповещено</translation>
    </message>
    <message>
        <source>standing_by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в готовности</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выведено</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не может участвовать</translation>
    </message>
    <message>
        <source>position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">должность</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">направление</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сектор</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">группа</translation>
    </message>
    <message>
        <source>strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оперативная группа</translation>
    </message>
    <message>
        <source>task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сводный отряд</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сосредоточение</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">НЕВЕРНАЯ ПОДПИСЬ</translation>
    </message>
    <message>
        <source>BAD SIGNATURE: the alert was changed after it was signed, or the signature is broken. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">НЕВЕРНАЯ ПОДПИСЬ: оповещение изменено после подписания, или подпись повреждена. Перед действиями подтвердите по другому каналу.</translation>
    </message>
    <message>
        <source>⛔ BAD SIGNATURE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⛔ НЕВЕРНАЯ ПОДПИСЬ</translation>
    </message>
    <message>
        <source>signer ≠ topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подписант ≠ топик</translation>
    </message>
    <message>
        <source>SIGNED BY ANOTHER AGENCY: a trusted agency signed it, but not the agency whose topic carried it. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ПОДПИСАНО ДРУГИМ ВЕДОМСТВОМ: подписало доверенное ведомство, но не то, чей топик его доставил. Перед действиями подтвердите по другому каналу.</translation>
    </message>
    <message>
        <source>⛔ signer ≠ topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⛔ подписант ≠ топик</translation>
    </message>
    <message>
        <source>could not check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">проверка невозможна</translation>
    </message>
    <message>
        <source>Could not check the signature: a fault in this console stopped the check (it is logged). Nothing is known about who sent it. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подпись не проверена: сбой этой консоли прервал проверку (записан в журнал). Об отправителе ничего не известно. Перед действиями подтвердите по другому каналу.</translation>
    </message>
    <message>
        <source>⚠ could not check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ проверка невозможна</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">неизвестный подписант</translation>
    </message>
    <message>
        <source>Signed, but by a signer this console does not trust (not in the trust store).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Подписано, но подписантом, которому эта консоль не доверяет (его нет в хранилище доверия).</translation>
    </message>
    <message>
        <source>⚠ unknown signer</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ неизвестный подписант</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">без подписи</translation>
    </message>
    <message>
        <source>Not signed: nothing proves which agency sent it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Без подписи: ничто не доказывает, какое ведомство его отправило.</translation>
    </message>
    <message>
        <source>⚠ unsigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ без подписи</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не проверено</translation>
    </message>
    <message>
        <source>Not checked: stored before this console checked signatures.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не проверено: сохранено до того, как консоль стала проверять подписи.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">✔ проверено</translation>
    </message>
    <message>
        <source>Verified: the signature matches and the signer may publish on this topic.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Проверено: подпись верна, и подписант вправе публиковать в этом топике.</translation>
    </message>
    <message>
        <source>{label} by {signer}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{label}: {signer}</translation>
    </message>
    <message>
        <source>the alert is not signed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оповещение не подписано</translation>
    </message>
    <message>
        <source>no signature can be checked: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">проверить подпись невозможно: {reason}</translation>
    </message>
    <message>
        <source>the root is not a CAP alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">корневой элемент — не оповещение CAP</translation>
    </message>
    <message>
        <source>the document holds {count} signatures</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в документе подписей: {count}</translation>
    </message>
    <message>
        <source>the signature is not the last child of &lt;alert&gt;</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подпись — не последний дочерний элемент &lt;alert&gt;</translation>
    </message>
    <message>
        <source>the signature must have one reference covering the alert (URI=&quot;&quot;)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в подписи должна быть одна ссылка, охватывающая всё оповещение (URI=&quot;&quot;)</translation>
    </message>
    <message>
        <source>the signature has an empty {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в подписи пустой элемент {element}</translation>
    </message>
    <message>
        <source>the signature carries no readable certificate in KeyInfo/X509Data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в подписи нет читаемого сертификата в KeyInfo/X509Data</translation>
    </message>
    <message>
        <source>the signature does not match the alert: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подпись не соответствует оповещению: {reason}</translation>
    </message>
    <message>
        <source>valid signature by an unknown signer: {why}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">верная подпись неизвестного подписанта: {why}</translation>
    </message>
    <message>
        <source>signed by {signer} but received on {topic}&apos;s topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подписано {signer}, но получено в топике {topic}</translation>
    </message>
    <message>
        <source>signed by {signer} ({why})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подписано {signer} ({why})</translation>
    </message>
    <message>
        <source>no trust store configured</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">хранилище доверия не настроено</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подпись не удалось проверить</translation>
    </message>
    <message>
        <source>the signature could not be checked: a fault in this console ({error}; see the log); treat the alert as unverified</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подпись не удалось проверить: сбой этой консоли ({error}; см. журнал); считайте оповещение непроверенным</translation>
    </message>
    <message>
        <source>signing certificate {subject} is not valid now (valid {start} to {end})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сертификат подписи {subject} сейчас недействителен (действует с {start} по {end})</translation>
    </message>
    <message>
        <source>signing certificate {subject} is not allowed to sign (key usage)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сертификату подписи {subject} не разрешено подписывать (использование ключа)</translation>
    </message>
    <message>
        <source>{subject} is issued by {ca} but its CN is no agency id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сертификат {subject} выдан УЦ из {ca}, но его CN — не идентификатор ведомства</translation>
    </message>
    <message>
        <source>issued by the CA in {ca}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">выдан УЦ из {ca}</translation>
    </message>
    <message>
        <source>pinned in {entry}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сертификат закреплён в {entry}</translation>
    </message>
    <message>
        <source>{subject} is not in the trust store and not issued by a trusted CA</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сертификата {subject} нет в хранилище доверия, и он не выдан доверенным УЦ</translation>
    </message>
    <message>
        <source>the alert is not what was signed (its digest differs)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оповещение — не то, что было подписано (его хеш отличается)</translation>
    </message>
    <message>
        <source>the signature does not begin with SignedInfo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подпись не начинается с SignedInfo</translation>
    </message>
    <message>
        <source>the signature has no SignatureValue after SignedInfo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в подписи нет SignatureValue после SignedInfo</translation>
    </message>
    <message>
        <source>the signature holds an element XML-DSig does not allow there</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в подписи есть элемент, который XML-DSig в этом месте не допускает</translation>
    </message>
    <message>
        <source>{element} holds {count} elements; the profile has {expected}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в {element} элементов: {count}; по профилю — {expected}</translation>
    </message>
    <message>
        <source>the canonicalisation method {algorithm} is not one this console checks</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">метод канонизации {algorithm} эта консоль не проверяет</translation>
    </message>
    <message>
        <source>the canonicalisation method holds an unexpected {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">метод канонизации содержит неожиданный элемент {element}</translation>
    </message>
    <message>
        <source>the reference&apos;s transform {algorithm} is not one this console checks</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">преобразование {algorithm} в ссылке эта консоль не проверяет</translation>
    </message>
    <message>
        <source>the reference&apos;s transform holds an unexpected {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">преобразование в ссылке содержит неожиданный элемент {element}</translation>
    </message>
    <message>
        <source>SignedInfo&apos;s second element is not a plain SignatureMethod</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">второй элемент SignedInfo — не простой SignatureMethod</translation>
    </message>
    <message>
        <source>the signature method {algorithm} is not accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">метод подписи {algorithm} не принимается</translation>
    </message>
    <message>
        <source>the reference is not Transforms, DigestMethod, DigestValue</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ссылка состоит не из Transforms, DigestMethod, DigestValue</translation>
    </message>
    <message>
        <source>the reference&apos;s transforms are not enveloped-signature and c14n</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">преобразования в ссылке — не enveloped-signature и c14n</translation>
    </message>
    <message>
        <source>the reference&apos;s first transform is not enveloped-signature</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">первое преобразование в ссылке — не enveloped-signature</translation>
    </message>
    <message>
        <source>the digest method {algorithm} is not accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">метод хеширования {algorithm} не принимается</translation>
    </message>
    <message>
        <source>the alert cannot be canonicalised (a relative namespace URI?)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оповещение невозможно канонизировать (относительный URI пространства имён?)</translation>
    </message>
    <message>
        <source>the {element} is not base64</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">содержимое {element} не в кодировке base64</translation>
    </message>
    <message>
        <source>an ECDSA signature, but the certificate holds no EC key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подпись ECDSA, но в сертификате нет ключа EC</translation>
    </message>
    <message>
        <source>the SignatureValue has {count} bytes, not {expected}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">размер SignatureValue в байтах: {count}, а не {expected}</translation>
    </message>
    <message>
        <source>an RSA signature, but the certificate holds no RSA key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подпись RSA, но в сертификате нет ключа RSA</translation>
    </message>
    <message>
        <source>the SignatureValue does not verify with the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SignatureValue не проходит проверку ключом сертификата</translation>
    </message>
    <message>
        <source>KeyInfo holds a KeyValue that is not the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в KeyInfo есть KeyValue, который не является ключом сертификата</translation>
    </message>
    <message>
        <source>KeyInfo holds a DER key that is not the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в KeyInfo есть ключ DER, который не является ключом сертификата</translation>
    </message>
    <message>
        <source>{event} by {author} refused: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{event} от {author} отклонено: {reason}</translation>
    </message>
    <message>
        <source>Single command established: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Установлено единоначалие: {names}</translation>
    </message>
    <message>
        <source>Unified command established: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Установлено объединённое руководство: {names}</translation>
    </message>
    <message>
        <source>Handover proposal to {old} superseded by a newer proposal to {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Предложение о передаче {old} заменено более новым предложением {new}</translation>
    </message>
    <message>
        <source>{origin} proposes to hand over command to {target}, effective {effective}; answer by {expires}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} предлагает передать руководство {target} с {effective}; ответ до {expires}</translation>
    </message>
    <message>
        <source>{target} accepted command from {origin}: {name} is incident commander from {effective}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{target} приняло руководство от {origin}: {name} — руководитель ликвидации с {effective}</translation>
    </message>
    <message>
        <source>{target} refused command from {origin} ({reason}); command stays</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{target} отказалось принять руководство от {origin} ({reason}); руководство не меняется</translation>
    </message>
    <message>
        <source>Command closed by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Руководство закрыто: {who}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place} at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} назначен(а): {kind} {element}: {work}; прибыть в {place} к {time}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} назначен(а): {kind} {element}: {work}; прибыть в {place}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work} at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} назначен(а): {kind} {element}: {work}, {time}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} назначен(а): {kind} {element}: {work}</translation>
    </message>
    <message>
        <source>{name} ({element}): {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} ({element}): {old} → {new}</translation>
    </message>
    <message>
        <source>{who}: {old} → {new} ({note})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who}: {old} → {new} ({note})</translation>
    </message>
    <message>
        <source>{who}: {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who}: {old} → {new}</translation>
    </message>
    <message>
        <source>Not well-formed XML: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">XML с ошибками формата: {detail}</translation>
    </message>
    <message>
        <source>Too large: {size} bytes, over the limit of {limit} bytes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Слишком большой: {size} байт, больше предела в {limit} байт</translation>
    </message>
    <message>
        <source>Empty payload</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пустое сообщение</translation>
    </message>
    <message>
        <source>Refused for safety: the XML declares a DOCTYPE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отклонено ради безопасности: XML объявляет DOCTYPE</translation>
    </message>
    <message>
        <source>Refused for safety: XML nested deeper than {limit} levels</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Отклонено ради безопасности: вложенность XML глубже {limit} уровней</translation>
    </message>
    <message>
        <source>Not a CAP 1.2 alert: the document is a {root}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Не оповещение CAP 1.2: документ — {root}</translation>
    </message>
    <message>
        <source>Invalid CAP</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Недопустимый CAP</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нарушает схему или правила CAP 1.2: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нарушает схему или правила CAP 1.2 в {count} местах; первое: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules on line {line}: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нарушает схему или правила CAP 1.2 в строке {line}: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first, on line {line}: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Нарушает схему или правила CAP 1.2 в {count} местах; первое — в строке {line}: {detail}</translation>
    </message>
    <message>
        <source>Signature check failed ({state}): {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Проверка подписи не пройдена ({state}): {detail}</translation>
    </message>
    <message>
        <source>invalid unit event: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">недопустимое событие подразделения: {detail}</translation>
    </message>
    <message>
        <source>invalid command event: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">недопустимое событие руководства: {detail}</translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: CAP status {status} on the {mode} topic (needs {needed})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Смешение учений и реального трафика: статус CAP {status} в теме {mode} (нужен {needed})</translation>
    </message>
    <message>
        <source>Exercise alert without its exercise id in note (expected {exercise})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение учений без идентификатора учений в note (ожидался {exercise})</translation>
    </message>
    <message>
        <source>Exercise id {found} in note differs from the topic&apos;s {exercise}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Идентификатор учений {found} в note не совпадает с {exercise} из темы</translation>
    </message>
    <message>
        <source>Topic not in the Incident Desk scheme: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Тема вне схемы Incident Desk: {detail}</translation>
    </message>
    <message>
        <source>{type} on an ack topic: only CAP Ack belongs there</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{type} в теме подтверждений: там место только CAP Ack</translation>
    </message>
    <message>
        <source>CAP Ack on an alert topic: acks go on the agency&apos;s ack topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP Ack в теме оповещений: подтверждения идут в тему подтверждений ведомства</translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Смешение учений и реального трафика: {detail}</translation>
    </message>
    <message>
        <source>command is already established ({mode}); propose a transfer</source>
        <extracomment>the refusals the operator meets most: command, handover, assignments, acknowledge, incidents, the exercise clock. Order matters: the first that matches wins.</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">руководство уже установлено ({mode}); предложите передачу</translation>
    </message>
    <message>
        <source>command needs at least one incident commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">руководству нужен хотя бы один руководитель ликвидации</translation>
    </message>
    <message>
        <source>single command has exactly one incident commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">при единоначалии ровно один руководитель ликвидации</translation>
    </message>
    <message>
        <source>unified command has one incident commander per agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">при объединённом руководстве по одному руководителю от ведомства</translation>
    </message>
    <message>
        <source>there is no open command to hand over</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет открытого руководства для передачи</translation>
    </message>
    <message>
        <source>there is no open command to close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет открытого руководства для закрытия</translation>
    </message>
    <message>
        <source>{agency} is not in command of this incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{agency} не руководит этим происшествием</translation>
    </message>
    <message>
        <source>{agency} is already in command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{agency} уже руководит</translation>
    </message>
    <message>
        <source>command was closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">руководство было закрыто</translation>
    </message>
    <message>
        <source>the proposal it answers was refused or is unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">предложение, на которое дан ответ, отклонено или неизвестно</translation>
    </message>
    <message>
        <source>only a console of {agency} may answer this proposal, not {other}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ответить на это предложение может только пульт {agency}, а не {other}</translation>
    </message>
    <message>
        <source>the proposal was already answered: lost to {answer} by {author}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на предложение уже ответили: опережено ({answer}, {author})</translation>
    </message>
    <message>
        <source>the proposal was superseded by a newer one</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">предложение заменено более новым</translation>
    </message>
    <message>
        <source>the proposal expired at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">срок предложения истёк в {time}</translation>
    </message>
    <message>
        <source>the answer deadline (expires_at) must be in the future</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">срок ответа (expires_at) должен быть в будущем</translation>
    </message>
    <message>
        <source>a handover cannot take effect in the past</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">передача не может вступить в силу в прошлом</translation>
    </message>
    <message>
        <source>a refusal gives its reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отказ должен содержать причину</translation>
    </message>
    <message>
        <source>there is no handover proposal {proposal}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет предложения о передаче {proposal}</translation>
    </message>
    <message>
        <source>an assignment names a unit or a person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначение указывает подразделение или человека</translation>
    </message>
    <message>
        <source>an assignment names either a unit or a person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначение указывает либо подразделение, либо человека</translation>
    </message>
    <message>
        <source>the assignment it changes does not exist</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">изменяемое назначение не существует</translation>
    </message>
    <message>
        <source>there is no unit {unit} in the directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в справочнике нет подразделения {unit}</translation>
    </message>
    <message>
        <source>there is no assignment {assignment}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет назначения {assignment}</translation>
    </message>
    <message>
        <source>{callsign} is out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign} вне службы</translation>
    </message>
    <message>
        <source>name the incident (its CAP incident key)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">укажите происшествие (его ключ происшествия CAP)</translation>
    </message>
    <message>
        <source>the assignment is already {current}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначение уже в состоянии «{current}»</translation>
    </message>
    <message>
        <source>the assignment is {current}: that is final, it cannot go to {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначение в состоянии «{current}»: это окончательно, перейти в «{target}» нельзя</translation>
    </message>
    <message>
        <source>the assignment cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначение не может перейти из «{current}» в «{target}»; из «{current}» можно перейти в: {allowed}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation is already {current}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">участие ведомства уже в состоянии «{current}»</translation>
    </message>
    <message>
        <source>the agency&apos;s participation is {current}: that is final, it cannot go to {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">участие ведомства в состоянии «{current}»: это окончательно, перейти в «{target}» нельзя</translation>
    </message>
    <message>
        <source>the agency&apos;s participation cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">участие ведомства не может перейти из «{current}» в «{target}»; из «{current}» можно перейти в: {allowed}</translation>
    </message>
    <message>
        <source>an agency not yet taking part is first alerted, it cannot start as {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">неучаствующее ведомство сначала оповещают, начать с «{target}» нельзя</translation>
    </message>
    <message>
        <source>no alert with id {alert}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нет оповещения с id {alert}</translation>
    </message>
    <message>
        <source>a CAP {type} is not itself acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP {type} сам по себе не подтверждается</translation>
    </message>
    <message>
        <source>Incident {key} is closed: reopen it to {doing}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие {key} закрыто: откройте его снова, чтобы {doing}.</translation>
    </message>
    <message>
        <source>Alert {alert} already belongs to incident {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Оповещение {alert} уже относится к происшествию {key}.</translation>
    </message>
    <message>
        <source>Incident {key} already exists (id {id}): attach the alert to it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествие {key} уже существует (id {id}): привяжите оповещение к нему.</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Происшествию нужно название.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Заметке нужен текст.</translation>
    </message>
    <message>
        <source>cannot start (STARTEX) while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя начать (STARTEX): часы учений — {state}</translation>
    </message>
    <message>
        <source>cannot pause while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя приостановить: часы учений — {state}</translation>
    </message>
    <message>
        <source>cannot resume while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя продолжить: часы учений — {state}</translation>
    </message>
    <message>
        <source>cannot ENDEX while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя ENDEX: часы учений — {state}</translation>
    </message>
    <message>
        <source>cannot jump while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя перейти: часы учений — {state}</translation>
    </message>
    <message>
        <source>cannot step after ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя сделать шаг после ENDEX</translation>
    </message>
    <message>
        <source>cannot jump after ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя перейти после ENDEX</translation>
    </message>
    <message>
        <source>cannot fire a contingency inject while the exercise is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя дать резервную вводную: учения — {state}</translation>
    </message>
    <message>
        <source>cannot send an ad-hoc inject while the exercise is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">нельзя отправить внеплановую вводную: учения — {state}</translation>
    </message>
    <message>
        <source>no exercise controller runs on this console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на этом пульте не работает контролёр учений</translation>
    </message>
    <message>
        <source>there is no such incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">такого инцидента нет</translation>
    </message>
    <message>
        <source>incident {key} was merged: publish the Update for the incident it was merged into</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">инцидент {key} объединён с другим: публикуйте обновление по инциденту, с которым он объединён</translation>
    </message>
    <message>
        <source>incident {key} is closed: reopen it first</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">инцидент {key} закрыт: сначала откройте его снова</translation>
    </message>
    <message>
        <source>incident {key} is real traffic and this console is in exercise {exercise}: a real Update is published from a console in real mode</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">инцидент {key} реальный, а эта консоль участвует в учениях {exercise}: реальное обновление публикуется с консоли в реальном режиме</translation>
    </message>
    <message>
        <source>incident {key} belongs to exercise {exercise}: its Update is published only by a console joined to that exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">инцидент {key} относится к учениям {exercise}: обновление по нему публикует только консоль, подключённая к этим учениям</translation>
    </message>
    <message>
        <source>no alert of incident {key} is in force (all cancelled or superseded): there is nothing to update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">у инцидента {key} нет действующих оповещений (все отменены или заменены): обновлять нечего</translation>
    </message>
    <message>
        <source>the database is not usable right now ({detail})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">база данных сейчас непригодна к использованию ({detail})</translation>
    </message>
    <message>
        <source>the database is {db_state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">база данных {db_state}</translation>
    </message>
    <message>
        <source>the database connection was lost</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">соединение с базой данных потеряно</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({error})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не удалось создать папку {folder} ({error})</translation>
    </message>
    <message>
        <source>unreachable or read-only on every host it lists (a primary change in progress? check the servers and the network)</source>
        <extracomment>what a database can be when it cannot be used: &quot;Could not {action}: the database is …&quot; (a ``StoreError``, incident_desk/store/_engine.py, which reads the driver&apos;s error as one of these); the operator reads &quot;the database is …&quot; (the window says what it was doing)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">недоступна или только для чтения на всех перечисленных узлах (идёт смена основного сервера? проверьте серверы и сеть)</translation>
    </message>
    <message>
        <source>locked by another program (try again in a moment)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">заблокирована другой программой (повторите через минуту)</translation>
    </message>
    <message>
        <source>on a full or failing disk</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на заполненном или неисправном диске</translation>
    </message>
    <message>
        <source>not writable at its location</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">недоступна для записи в своём расположении</translation>
    </message>
    <message>
        <source>unreachable (check the server and the network)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">недоступна (проверьте сервер и сеть)</translation>
    </message>
    <message>
        <source>not on that server (no database of that name: check the name in the URL)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">отсутствует на этом сервере (базы с таким именем нет: проверьте имя в URL)</translation>
    </message>
    <message>
        <source>refusing the user name or password (check both in the URL and the server&apos;s access rules)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не принимает имя пользователя или пароль (проверьте оба в URL и правила доступа сервера)</translation>
    </message>
    <message>
        <source>{subject}: {refusal}</source>
        <extracomment>&quot;UPF-1: the assignment cannot go …&quot;: a refusal about one named thing</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{subject}: {refusal}</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>argument names whose values are words (translated): states the exercise clock&apos;s states (incident_desk/scenario/_clock.py)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">запланированы</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">идут</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">приостановлены</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">завершены</translation>
    </message>
    <message>
        <source>Conflicting content for an existing CAP key {key} (stored alert #{kept} kept)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Противоречивое содержимое для существующего ключа CAP {key} (сохранённое оповещение № {kept} оставлено)</translation>
    </message>
    <message>
        <source>not started</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не запущен</translation>
    </message>
    <message>
        <source>stopped</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">остановлен</translation>
    </message>
    <message>
        <source>to {node}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">к {node}</translation>
    </message>
    <message>
        <source>session resumed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сессия возобновлена</translation>
    </message>
    <message>
        <source>new session</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">новая сессия</translation>
    </message>
    <message>
        <source>cannot reach the broker at {node} (not running, wrong address, blocked, or TLS failed)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">не удаётся связаться с брокером по адресу {node} (не запущен, неверный адрес, заблокирован или сбой TLS)</translation>
    </message>
    <message>
        <source>the broker closed the connection on our MQTT 5 CONNECT; trying MQTT 3.1.1 (some brokers speak only that)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">брокер закрыл подключение в ответ на наш CONNECT по MQTT 5; пробуем MQTT 3.1.1 (некоторые брокеры поддерживают только его)</translation>
    </message>
    <message>
        <source>the broker speaks MQTT 3.1.1 only; connecting again with 3.1.1</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">брокер поддерживает только MQTT 3.1.1; повторное подключение по 3.1.1</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">подключение разорвано</translation>
    </message>
    <message>
        <source>the broker closed the connection without answering (wrong MQTT protocol version, TLS mismatch, or not an MQTT broker)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">брокер закрыл подключение без ответа (неверная версия протокола MQTT, несовпадение настроек TLS или это не брокер MQTT)</translation>
    </message>
    <message>
        <source>the ingest process exited unexpectedly (exit code {code})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">процесс приёма оповещений неожиданно завершился (код выхода {code})</translation>
    </message>
    <message>
        <source>{why}; next: {node}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{why}; следующий узел: {node}</translation>
    </message>
    <message>
        <source>{name} (reason code {code})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} (код причины {code})</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <extracomment>the MQTT reason names (as paho gives them) of a refused or closed connection</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Неуточнённая ошибка</translation>
    </message>
    <message>
        <source>Malformed packet</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Пакет с ошибками формата</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ошибка протокола</translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ошибка, специфичная для реализации</translation>
    </message>
    <message>
        <source>Unsupported protocol version</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Неподдерживаемая версия протокола</translation>
    </message>
    <message>
        <source>Client identifier not valid</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Недопустимый идентификатор клиента</translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Неверное имя пользователя или пароль</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Доступ запрещён</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сервер недоступен</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сервер занят</translation>
    </message>
    <message>
        <source>Banned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Клиент заблокирован</translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сервер завершает работу</translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Неверный метод аутентификации</translation>
    </message>
    <message>
        <source>Keep alive timeout</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Истёк тайм-аут поддержания связи</translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сессия перехвачена другим клиентом</translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Слишком большой пакет</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Превышена квота</translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Действие администратора</translation>
    </message>
    <message>
        <source>Use another server</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Используйте другой сервер</translation>
    </message>
    <message>
        <source>Server moved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Сервер перемещён</translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Превышена частота подключений</translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Достигнуто максимальное время подключения</translation>
    </message>
    <message>
        <source>exercise clock</source>
        <extracomment>the words that mark an exercise-clock instant</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">часы учений</translation>
    </message>
    <message>
        <source>wall clock {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">реальное время {time}</translation>
    </message>
    <message>
        <source>SQLite (demo, temporary)</source>
        <extracomment>how often unanswered handover proposals are checked for expiry (seconds)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SQLite (демо, временная)</translation>
    </message>
    <message>
        <source>NO DUFF: real {type} from {sender} ({country}/{agency}) {identifier}: {headline}</source>
        <extracomment>the sentence naming the real alert (``{type}``: a CAP message type, translated as the CAP word it is; the rest is data)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF: реальное сообщение ({type}) от {sender} ({country}/{agency}) {identifier}: {headline}</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>assigned</source>
        <extracomment>the words of a form&apos;s cells (assignment states, ICS element kinds)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">назначено</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">в пути</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">на месте</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">освобождено</translation>
    </message>
    <message>
        <source>position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">должность</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">направление</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сектор</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">группа</translation>
    </message>
    <message>
        <source>strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">оперативная группа</translation>
    </message>
    <message>
        <source>task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сводный отряд</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">сосредоточение</translation>
    </message>
    <message>
        <source>1. Incident name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1. Название происшествия</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Номер происшествия</translation>
    </message>
    <message>
        <source>2. Operational period</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2. Оперативный период</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">с {start} по {end}</translation>
    </message>
    <message>
        <source>Incident commander(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Руководитель(и) ликвидации</translation>
    </message>
    <message>
        <source>9. Prepared by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">9. Подготовил</translation>
    </message>
    <message>
        <source>Assignment List</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Список назначений</translation>
    </message>
    <message>
        <source>Branch / division / group / position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Направление / сектор / группа / должность</translation>
    </message>
    <message>
        <source>Resource</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ресурс</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Идентификатор</translation>
    </message>
    <message>
        <source>Home agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <source>Persons</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Чел.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Контакт</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Задача</translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Место прибытия</translation>
    </message>
    <message>
        <source>Report at</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Время прибытия</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Status since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Статус с</translation>
    </message>
    <message>
        <source>3. Name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3. Имя</translation>
    </message>
    <message>
        <source>4. ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">4. Должность ICS</translation>
    </message>
    <message>
        <source>Incident command post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Командный пункт</translation>
    </message>
    <message>
        <source>5. Home agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">5. Ведомство</translation>
    </message>
    <message>
        <source>8. Prepared by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8. Подготовил</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Журнал действий</translation>
    </message>
    <message>
        <source>Date/time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Дата/время</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Кто</translation>
    </message>
    <message>
        <source>Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Консоль</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>Notable activity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Существенные действия</translation>
    </message>
    <message>
        <source>6. Resources assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">6. Назначенные ресурсы</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Имя</translation>
    </message>
    <message>
        <source>ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Должность ICS</translation>
    </message>
</context>
</TS>
