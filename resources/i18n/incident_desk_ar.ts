<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdhocDialog</name>
    <message>
        <source>Ad-hoc inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُدخل مخصص</translation>
    </message>
    <message>
        <source>Free text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نص حر</translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تنبيه CAP</translation>
    </message>
    <message>
        <source>Message text (EXERCISE is added)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نص الرسالة (تُضاف كلمة «تمرين»)</translation>
    </message>
    <message>
        <source>What the trainees should do (optional)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ما يجب على المتدربين فعله (اختياري)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>From agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">من الجهة</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النص</translation>
    </message>
    <message>
        <source>CAP headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عنوان CAP</translation>
    </message>
    <message>
        <source>CAP severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خطورة CAP</translation>
    </message>
    <message>
        <source>CAP urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إلحاح CAP</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإجراء المتوقع</translation>
    </message>
    <message>
        <source>Type the message text, or choose CAP alert.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اكتب نص الرسالة، أو اختر تنبيه CAP.</translation>
    </message>
    <message>
        <source>Type the CAP alert&apos;s headline.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اكتب عنوان تنبيه CAP.</translation>
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
        <translation type="unfinished">لم يُحمَّل دليل الجهات والوحدات: لا تعرض نافذتا «إنشاء» و«تسليم» أي جهة، ولا تظهر الوحدات إلا بعد سماعها على الناقل. اضبط &apos;directory&apos; في الإعدادات أو استخدم {where}.</translation>
    </message>
    <message>
        <source>Load directory…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحميل الدليل…</translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد لوحة قيادة في وحدة التحكم هذه.</translation>
    </message>
    <message>
        <source>Load agency and unit directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحميل دليل الجهات والوحدات</translation>
    </message>
    <message>
        <source>Directory files (*.yaml *.yml)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ملفات الدليل (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Directory loaded from {path}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم تحميل الدليل من {path}.</translation>
    </message>
    <message>
        <source>load the directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحميل الدليل</translation>
    </message>
    <message>
        <source>REAL TRAFFIC COULD NOT BE READ{during} — {count} message(s); newest from {who} on {topic}{stream}. It is kept in quarantine with its raw bytes, nothing was shown as an alert. Contact {who} by phone or radio for the content, and tell your supervisor. Why: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّرت قراءة حركة حقيقية{during} — {count} رسالة؛ أحدثها من {who} على {topic}{stream}. حُفظت في الحجر ببايتاتها الخام، ولم يُعرض أي شيء كتنبيه. اتصل بـ {who} هاتفيًا أو لاسلكيًا لمعرفة المحتوى، وأبلغ مشرفك. السبب: {reason}</translation>
    </message>
    <message>
        <source> DURING THE DRILL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> أثناء التمرين</translation>
    </message>
    <message>
        <source>Show quarantine</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرض الحجر</translation>
    </message>
    <message>
        <source>Exercise {id} has ended (ENDEX by {by}). This console is still joined to it and marks it EXERCISE. Leave the exercise to work on real traffic only.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انتهى التمرين {id} (ENDEX بواسطة {by}). ما زالت وحدة التحكم هذه منضمة إليه وتعلّمه «تمرين». غادر التمرين للعمل على الحركة الحقيقية فقط.</translation>
    </message>
    <message>
        <source>Leave exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مغادرة التمرين</translation>
    </message>
</context>
<context>
    <name>AdvisoryBanner</name>
    <message>
        <source>Close this advisory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق هذا الإشعار</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Show</source>
        <extracomment>the least of a cut headline the banner shows, in average characters, before it says the severity as the narrow filter buttons do (Russian &quot;Чрезв.&quot; for &quot;Чрезвычайная&quot;)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرض</translation>
    </message>
    <message>
        <source>Mute (Ctrl+M)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كتم الصوت (Ctrl+M)</translation>
    </message>
    <message>
        <source>ALARM: {0} unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنذار: {0} دون إقرار</translation>
    </message>
    <message>
        <source>(+{0} more in the Alarms tab)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(+{0} أخرى في تبويب الإنذارات)</translation>
    </message>
    <message>
        <source>sound muted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الصوت مكتوم</translation>
    </message>
</context>
<context>
    <name>AlarmPanel</name>
    <message>
        <source>Alarms</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإنذارات</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الأولوية</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحركة</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإنذار</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث</translation>
    </message>
    <message>
        <source>Since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منذ</translation>
    </message>
    <message>
        <source>Why / by whom</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السبب / بواسطة</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرض</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعليق…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إلغاء التعليق</translation>
    </message>
    <message>
        <source>ALARM FLOOD: alarms grouped by incident; the most urgent stays on top</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فيض إنذارات: الإنذارات مجمّعة حسب الحادث؛ الأكثر إلحاحًا يبقى في الأعلى</translation>
    </message>
    <message>
        <source>Top: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الأعلى: {0}</translation>
    </message>
    <message>
        <source>{0} (+{1} in this incident)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} (+{1} في هذا الحادث)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">… و{0} أخرى</translation>
    </message>
    <message>
        <source>Real</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حقيقي</translation>
    </message>
    <message>
        <source>Exercise {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين {0}</translation>
    </message>
    <message>
        <source>Alarm figures could not be read: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّرت قراءة أرقام الإنذارات: {0}</translation>
    </message>
    <message>
        <source>{0}, last hour: {1:.1f} alarms per 10 min (peak {2}) · in flood {3:.0f} % of the time · standing {4} · stale (&gt; 24 h) {5} · median time to acknowledge {6}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0}، الساعة الأخيرة: {1:.1f} إنذار لكل 10 دقائق (الذروة {2}) · في فيض {3:.0f} % من الوقت · قائمة {4} · قديمة (&gt; 24 h) {5} · الوسيط لزمن الإقرار {6}</translation>
    </message>
    <message>
        <source>1 Critical</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1 حرجة</translation>
    </message>
    <message>
        <source>2 High</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2 عالية</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3 متوسطة</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">4 منخفضة</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا شيء</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حقيقي</translation>
    </message>
    <message>
        <source>EX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين</translation>
    </message>
    <message>
        <source>EX {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين {0}</translation>
    </message>
    <message>
        <source>Real traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حركة حقيقية</translation>
    </message>
    <message>
        <source>Active, not acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشط، دون إقرار</translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشط، تم الإقرار</translation>
    </message>
    <message>
        <source>Cleared, not acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">زال، دون إقرار</translation>
    </message>
    <message>
        <source>Normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عادي</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">معلّق</translation>
    </message>
    <message>
        <source>Suppressed (other exercise)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكبوت (تمرين آخر)</translation>
    </message>
    <message>
        <source>until normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حتى العودة إلى الوضع العادي</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حتى {0}</translation>
    </message>
    <message>
        <source>shelved by {0} {1}: {2}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">علّقه {0} {1}: {2}</translation>
    </message>
    <message>
        <source>{0} by {1} at {2}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} بواسطة {1} في {2}</translation>
    </message>
    <message>
        <source>acknowledged by {0} at {1}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أقرّ به {0} في {1}</translation>
    </message>
</context>
<context>
    <name>AlertActions</name>
    <message>
        <source>Select an alert to acknowledge first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر أولًا تنبيهًا للإقرار به.</translation>
    </message>
    <message>
        <source>A CAP {type} is not itself acknowledged.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يُقَرّ برسالة CAP من نوع {type} نفسها.</translation>
    </message>
    <message>
        <source>This alert is already acknowledged.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم الإقرار بهذا التنبيه من قبل.</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإقرار</translation>
    </message>
    <message>
        <source>No unacknowledged alerts in the queue.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد تنبيهات دون إقرار في القائمة.</translation>
    </message>
</context>
<context>
    <name>AlertDetail</name>
    <message>
        <source>polygon ({n} points)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مضلّع ({n} نقاط)</translation>
    </message>
    <message>
        <source>circle: centre {centre}, radius {km} km</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دائرة: المركز {centre}، نصف القطر {km} كم</translation>
    </message>
    <message>
        <source>geocode</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رمز جغرافي</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حقيقي</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التعليمات:</translation>
    </message>
    <message>
        <source>Conformance warnings ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحذيرات المطابقة ({n})</translation>
    </message>
    <message>
        <source>The alert was accepted but breaks these rules of the CAP specification; its content may be incomplete.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قُبل التنبيه لكنه يخالف قواعد مواصفة CAP هذه؛ قد يكون محتواه ناقصًا.</translation>
    </message>
    <message>
        <source>Signatures ({n}, issuer first)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التواقيع ({n}، المُصدِر أولًا)</translation>
    </message>
    <message>
        <source>Distribution id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">معرّف التوزيع</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">معرّف المُرسِل</translation>
    </message>
    <message>
        <source>Sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُرسل</translation>
    </message>
    <message>
        <source>Status / type</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة / النوع</translation>
    </message>
    <message>
        <source>Recipient roles</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أدوار المستلمين</translation>
    </message>
    <message>
        <source>Sender</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المُرسِل</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المعرّف</translation>
    </message>
    <message>
        <source>{times} — as written: {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{times} — كما كُتب: {text}</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُلم</translation>
    </message>
    <message>
        <source>Status / type / scope</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة / النوع / النطاق</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">القيود</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العناوين</translation>
    </message>
    <message>
        <source>Codes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الرموز</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <source>References</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المراجع</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحوادث</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الموضوع</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين</translation>
    </message>
    <message>
        <source>Signed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موقّع</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التحقق من التوقيع</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التعليمات</translation>
    </message>
    <message>
        <source>info {n} of {count} — language {language}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المعلومات {n} من {count} — اللغة {language}</translation>
    </message>
    <message>
        <source>Event</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحدث</translation>
    </message>
    <message>
        <source>Categories</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الفئات</translation>
    </message>
    <message>
        <source>Severity / urgency / certainty</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخطورة / الإلحاح / اليقين</translation>
    </message>
    <message>
        <source>Response</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الاستجابة</translation>
    </message>
    <message>
        <source>Audience</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الجمهور</translation>
    </message>
    <message>
        <source>Event codes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رموز الحدث</translation>
    </message>
    <message>
        <source>Effective</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ساري من</translation>
    </message>
    <message>
        <source>Onset</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">البداية</translation>
    </message>
    <message>
        <source>Expires</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ينتهي</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>the main fields of an alert as the History tab names them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخطورة</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإلحاح</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اليقين</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوصف</translation>
    </message>
    <message>
        <source>Areas</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المناطق</translation>
    </message>
    <message>
        <source>Area:</source>
        <extracomment>labels used inside the HTML below (marked here: lupdate does not read into f-strings)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المنطقة:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُرسل:</translation>
    </message>
    <message>
        <source>expires</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ينتهي</translation>
    </message>
    <message>
        <source>received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُلمت</translation>
    </message>
    <message>
        <source>From:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">من:</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المغلّف</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المعاملات</translation>
    </message>
    <message>
        <source>Resources</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الموارد</translation>
    </message>
    <message>
        <source>No change in the main fields.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا تغيير في الحقول الرئيسية.</translation>
    </message>
    <message>
        <source>Not acknowledged yet.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُقَرّ به بعد.</translation>
    </message>
    <message>
        <source>(continued in the Alert tab)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(يتبع في تبويب التنبيه)</translation>
    </message>
    <message>
        <source>and {count} more in the Alert tab</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">و{count} أخرى في تبويب التنبيه</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اسم المُرسِل</translation>
    </message>
    <message>
        <source>Web</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الويب</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جهة الاتصال</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} بايت</translation>
    </message>
    <message>
        <source>No updates or cancellations of this alert.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد تحديثات أو إلغاءات لهذا التنبيه.</translation>
    </message>
    <message>
        <source>shown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المعروض</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بعد</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بواسطة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متى</translation>
    </message>
    <message>
        <source>REAL ALERT — NOT PART OF THE EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تنبيه حقيقي — ليس جزءًا من التمرين</translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُحدَّد أي تنبيه</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تنبيه</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السجل</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإقرارات</translation>
    </message>
    <message>
        <source>Raw XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">XML الخام</translation>
    </message>
    <message>
        <source>Alert {id} is not in the database.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التنبيه {id} غير موجود في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>EXERCISE · </source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين · </translation>
    </message>
    <message>
        <source>Signature: {label}. {sentence}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التوقيع: {label}. {sentence}</translation>
    </message>
</context>
<context>
    <name>AlertFilterBar</name>
    <message>
        <source>Extreme</source>
        <comment>a severity on a narrow filter button</comment>
        <extracomment>a severity where room is short: the severity filter buttons, the incident board&apos;s column (translators may abbreviate: &quot;Чрезв.&quot;; the context is the filter bar&apos;s, where they began)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قصوى</translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">شديدة</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متوسطة</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طفيفة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a severity on a narrow filter button</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير معروفة</translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, incident (Ctrl+F)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصفية: العنوان، الحدث، المُرسِل، الحادث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter: headline, event, sender, identifier, incident (Ctrl+F)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصفية: العنوان، الحدث، المُرسِل، المعرّف، الحادث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only checked severities ({severity})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرض درجات الخطورة المحددة فقط ({severity})</translation>
    </message>
    <message>
        <source>Unacked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دون إقرار</translation>
    </message>
    <message>
        <source>Show only alerts still waiting for an acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرض التنبيهات التي ما زالت تنتظر الإقرار فقط</translation>
    </message>
    <message>
        <source>Latest only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الأحدث فقط</translation>
    </message>
    <message>
        <source>Collapse alert chains: hide the versions that a later Update or Cancel replaced (the detail&apos;s History tab shows the whole chain)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طيّ سلاسل التنبيهات: إخفاء النسخ التي استبدلها تحديث أو إلغاء لاحق (يعرض تبويب السجل في التفاصيل السلسلة كاملة)</translation>
    </message>
    <message>
        <source>Urgency, category, status, country, agency, incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإلحاح، الفئة، الحالة، البلد، الجهة، الحادث</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أي إلحاح</translation>
    </message>
    <message>
        <source>Any category</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أي فئة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أي حالة</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث</translation>
    </message>
    <message>
        <source>More filters ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مرشحات أخرى ({n})</translation>
    </message>
    <message>
        <source>More filters</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مرشحات أخرى</translation>
    </message>
</context>
<context>
    <name>AlertQueue</name>
    <message>
        <source>superseded</source>
        <extracomment>what replaced an alert, as the Ack column says it</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُبدل</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُلغي</translation>
    </message>
    <message>
        <source>EX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حقيقي</translation>
    </message>
    <message>
        <source>{n} conformance warning(s): the alert breaks a rule of the CAP text but was accepted; the detail pane says what is unusual.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} تحذير مطابقة: يخالف التنبيه قاعدة من نص CAP لكنه قُبل؛ يوضح جزء التفاصيل ما هو غير معتاد.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم الإقرار</translation>
    </message>
    <message>
        <source>UNACKNOWLEDGED</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دون إقرار</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين</translation>
    </message>
    <message>
        <source>Keep looking</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مواصلة البحث</translation>
    </message>
    <message>
        <source>Loading stored alerts… {count} so far</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جارٍ تحميل التنبيهات المخزنة… {count} حتى الآن</translation>
    </message>
    <message>
        <source>Loading older alerts…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جارٍ تحميل التنبيهات الأقدم…</translation>
    </message>
    <message>
        <source>No alert matches the filter in the last {count} pages of older alerts. Keep looking, or search every stored alert (Ctrl+Shift+S).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يطابق أي تنبيه عامل التصفية في آخر {count} صفحات من التنبيهات الأقدم. واصل البحث، أو ابحث في كل التنبيهات المخزنة (Ctrl+Shift+S).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منصب في نظام قيادة الحوادث</translation>
    </message>
    <message>
        <source>Branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فرع</translation>
    </message>
    <message>
        <source>Division (geographic)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قطاع (جغرافي)</translation>
    </message>
    <message>
        <source>Group (functional)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مجموعة (وظيفية)</translation>
    </message>
    <message>
        <source>Strike team (same kind)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فريق تدخل (نوع واحد)</translation>
    </message>
    <message>
        <source>Task force (mixed)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قوة مهام (مختلطة)</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منطقة التجميع</translation>
    </message>
    <message>
        <source>Assign to incident</source>
        <extracomment>the columns read first, left to right (right to left in Arabic)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تكليف بحادث</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وحدة</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">شخص</translation>
    </message>
    <message>
        <source>Name, rank</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الاسم، الرتبة</translation>
    </message>
    <message>
        <source>e.g. Division A, Decon Group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مثلًا القطاع A، مجموعة إزالة التلوث</translation>
    </message>
    <message>
        <source>Work assignment (ICS-204 block 6)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المهمة (ICS-204 الخانة 6)</translation>
    </message>
    <message>
        <source>Reporting location, e.g. RVP Malaba border post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكان الحضور، مثلًا نقطة الالتقاء في منفذ مالابا الحدودي</translation>
    </message>
    <message>
        <source>at</source>
        <comment>report at this time</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث</translation>
    </message>
    <message>
        <source>Resource</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المورد</translation>
    </message>
    <message>
        <source>ICS element</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عنصر نظام قيادة الحوادث</translation>
    </message>
    <message>
        <source>Element / position name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اسم العنصر / المنصب</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المهمة</translation>
    </message>
    <message>
        <source>Report to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحضور إلى</translation>
    </message>
    <message>
        <source>Report time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وقت الحضور</translation>
    </message>
    <message>
        <source>Assign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تكليف</translation>
    </message>
</context>
<context>
    <name>BrokerBanner</name>
    <message>
        <source>BROKER REFUSED since {since} — working on local data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوسيط يرفض الاتصال منذ {since} — العمل بالبيانات المحلية</translation>
    </message>
    <message>
        <source>BROKER DISCONNECTED since {since} — working on local data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوسيط غير متصل منذ {since} — العمل بالبيانات المحلية</translation>
    </message>
    <message>
        <source>, reconnecting now</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">، جارٍ إعادة الاتصال الآن</translation>
    </message>
    <message>
        <source>, reconnecting in {n} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">، إعادة الاتصال خلال {n} s</translation>
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
        <translation type="unfinished">قصوى</translation>
    </message>
    <message>
        <source>Severe</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">شديدة</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متوسطة</translation>
    </message>
    <message>
        <source>Minor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طفيفة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير معروفة</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فوري</translation>
    </message>
    <message>
        <source>Expected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متوقع</translation>
    </message>
    <message>
        <source>Future</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مستقبلي</translation>
    </message>
    <message>
        <source>Past</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منقضٍ</translation>
    </message>
    <message>
        <source>Observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مرصود</translation>
    </message>
    <message>
        <source>Likely</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مرجّح</translation>
    </message>
    <message>
        <source>Possible</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ممكن</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير مرجّح</translation>
    </message>
    <message>
        <source>Actual</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فعلي</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين</translation>
    </message>
    <message>
        <source>System</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نظام</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختبار</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مسودة</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تنبيه</translation>
    </message>
    <message>
        <source>Update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحديث</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إقرار</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خطأ</translation>
    </message>
    <message>
        <source>Geo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جيوفيزيائي</translation>
    </message>
    <message>
        <source>Met</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أرصاد جوية</translation>
    </message>
    <message>
        <source>Safety</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السلامة</translation>
    </message>
    <message>
        <source>Security</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الأمن</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإنقاذ</translation>
    </message>
    <message>
        <source>Fire</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحرائق</translation>
    </message>
    <message>
        <source>Health</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الصحة</translation>
    </message>
    <message>
        <source>Env</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">البيئة</translation>
    </message>
    <message>
        <source>Transport</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النقل</translation>
    </message>
    <message>
        <source>Infra</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">البنية التحتية</translation>
    </message>
    <message>
        <source>CBRNE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كيميائي/بيولوجي/إشعاعي/نووي/متفجرات</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الاحتماء</translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإخلاء</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الاستعداد</translation>
    </message>
    <message>
        <source>Execute</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التنفيذ</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التجنّب</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المتابعة</translation>
    </message>
    <message>
        <source>Assess</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التقييم</translation>
    </message>
    <message>
        <source>AllClear</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">زوال الخطر</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا شيء</translation>
    </message>
    <message>
        <source>Public</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عام</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مقيّد</translation>
    </message>
    <message>
        <source>Private</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خاص</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>En route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الطريق</translation>
    </message>
    <message>
        <source>On scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الموقع</translation>
    </message>
    <message>
        <source>Release</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنهاء التكليف</translation>
    </message>
    <message>
        <source>alerted</source>
        <extracomment>an agency&apos;s participation in an incident&apos;s command, as the operator reads it</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم إبلاغها</translation>
    </message>
    <message>
        <source>standing by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في وضع الاستعداد</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مشاركة</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أنهت المشاركة</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير قادرة</translation>
    </message>
    <message>
        <source>Select an incident on the board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر حادثًا من اللوحة.</translation>
    </message>
    <message>
        <source>Establish…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنشاء…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تسليم…</translation>
    </message>
    <message>
        <source>Close command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق القيادة</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تكليف…</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير</translation>
    </message>
    <message>
        <source>ICS-204 assignment list / ICS-214 activity log</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 قائمة التكليفات / ICS-214 سجل الأنشطة</translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as PDF…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 قائمة التكليفات بصيغة PDF…</translation>
    </message>
    <message>
        <source>ICS-204 Assignment List as CSV…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-204 قائمة التكليفات بصيغة CSV…</translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as PDF…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-214 سجل الأنشطة بصيغة PDF…</translation>
    </message>
    <message>
        <source>ICS-214 Activity Log as CSV…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ICS-214 سجل الأنشطة بصيغة CSV…</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المشاركة:</translation>
    </message>
    <message>
        <source>Set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تطبيق</translation>
    </message>
    <message>
        <source>This console has no command board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد لوحة قيادة في وحدة التحكم هذه.</translation>
    </message>
    <message>
        <source>Select an incident on the board to {what}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر حادثًا من اللوحة من أجل {what}.</translation>
    </message>
    <message>
        <source>establish command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنشاء القيادة</translation>
    </message>
    <message>
        <source>Single command established for {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنشئت قيادة منفردة للحادث {key}.</translation>
    </message>
    <message>
        <source>Unified command established for {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنشئت قيادة موحّدة للحادث {key}.</translation>
    </message>
    <message>
        <source>propose a handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اقتراح تسليم</translation>
    </message>
    <message>
        <source>Could not build the handover brief: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر إعداد موجز التسليم: {error}</translation>
    </message>
    <message>
        <source>propose the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اقتراح التسليم</translation>
    </message>
    <message>
        <source>Handover of {key} proposed to {target}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اقتُرح تسليم {key} إلى {target}.</translation>
    </message>
    <message>
        <source>close its command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق قيادته</translation>
    </message>
    <message>
        <source>Close the command of {key}? Every console sees it closed.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق قيادة {key}؟ ستراها جميع وحدات التحكم مغلقة.</translation>
    </message>
    <message>
        <source>close command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق القيادة</translation>
    </message>
    <message>
        <source>There is no incident to assign to.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد حادث للتكليف به.</translation>
    </message>
    <message>
        <source>{who} assigned to {key}: {element}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كُلّف {who} بالحادث {key}: {element}.</translation>
    </message>
    <message>
        <source>assign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التكليف</translation>
    </message>
    <message>
        <source>Select an assignment in the command tree first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر أولًا تكليفًا في شجرة القيادة.</translation>
    </message>
    <message>
        <source>set the assignment {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تغيير التكليف إلى «{status}»</translation>
    </message>
    <message>
        <source>set an agency&apos;s participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ضبط مشاركة جهة</translation>
    </message>
    <message>
        <source>set {agency} {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تغيير {agency} إلى «{state}»</translation>
    </message>
    <message>
        <source>export its ICS-{form}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير نموذج ICS-{form} الخاص به</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export ICS-{form} of {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير ICS-{form} للحادث {key}</translation>
    </message>
    <message>
        <source>Could not export ICS-{form}: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر تصدير ICS-{form}: {error}</translation>
    </message>
    <message>
        <source>ICS-{form} of {key} written to {path}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كُتب ICS-{form} للحادث {key} في {path}.</translation>
    </message>
    <message>
        <source>Answer handover offer…</source>
        <extracomment>the Command panel&apos;s button that opens the offers waiting for an answer</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الرد على عرض التسليم…</translation>
    </message>
    <message>
        <source>Could not read handover proposals: {error}</source>
        <extracomment>the longest wait a QTimer takes (ms); a later deadline is checked again then</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّرت قراءة مقترحات التسليم: {error}</translation>
    </message>
    <message>
        <source>Handover of command of {key} offered by {origin}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرضت {origin} تسليم قيادة {key}.</translation>
    </message>
    <message>
        <source>No handover offer is waiting for an answer.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد عرض تسليم ينتظر الرد.</translation>
    </message>
    <message>
        <source>Handover offer for {key} set aside: answer it with “{action}” in the Command panel before {expires}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نُحّي عرض تسليم {key} جانبًا: أجب عنه عبر «{action}» في لوحة القيادة قبل {expires}.</translation>
    </message>
    <message>
        <source>{key} offered by {origin}, answer by {expires}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key} معروض من {origin}، الرد قبل {expires}</translation>
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
        <translation type="unfinished">قُبل التسليم: أنت في القيادة اعتبارًا من وقت سريانه.</translation>
    </message>
    <message>
        <source>accept the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قبول التسليم</translation>
    </message>
    <message>
        <source>Handover refused.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفض التسليم.</translation>
    </message>
    <message>
        <source>refuse the handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رفض التسليم</translation>
    </message>
    <message>
        <source>select an assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر تكليفًا</translation>
    </message>
</context>
<context>
    <name>CommandTree</name>
    <message>
        <source>Position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منصب</translation>
    </message>
    <message>
        <source>Branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فرع</translation>
    </message>
    <message>
        <source>Division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قطاع</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مجموعة</translation>
    </message>
    <message>
        <source>Strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فريق تدخل</translation>
    </message>
    <message>
        <source>Task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قوة مهام</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منطقة التجميع</translation>
    </message>
    <message>
        <source>assigned</source>
        <extracomment>states of assignments, participation and proposals as the tree shows them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكلّفة</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الطريق</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الموقع</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنهي التكليف</translation>
    </message>
    <message>
        <source>alerted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم إبلاغها</translation>
    </message>
    <message>
        <source>standing by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في وضع الاستعداد</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مشاركة</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أنهت المشاركة</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير قادرة</translation>
    </message>
    <message>
        <source>proposed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مقترح</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مفتوحة</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مغلقة</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>the default tier labels (JESIP); an agency&apos;s own labels (TierLabels) are shown as given</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ذهبي</translation>
    </message>
    <message>
        <source>Silver</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فضي</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">برونزي</translation>
    </message>
    <message>
        <source>strategic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استراتيجي</translation>
    </message>
    <message>
        <source>tactical</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تكتيكي</translation>
    </message>
    <message>
        <source>operational</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عملياتي</translation>
    </message>
    <message>
        <source>{text}
{state} since {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{text}
{state} منذ {time}</translation>
    </message>
    <message>
        <source>No command established</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم تُنشأ قيادة</translation>
    </message>
    <message>
        <source>Single command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قيادة منفردة</translation>
    </message>
    <message>
        <source>Unified command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قيادة موحّدة</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قائد الحادث</translation>
    </message>
    <message>
        <source>former IC</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قائد سابق للحادث</translation>
    </message>
    <message>
        <source>IC from effective time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قائد الحادث اعتبارًا من وقت السريان</translation>
    </message>
    <message>
        <source>in command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في القيادة</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حتى {time}</translation>
    </message>
    <message>
        <source>pending</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قيد الانتظار</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التنظيم</translation>
    </message>
    <message>
        <source>{n} assignments</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} تكليفات</translation>
    </message>
    <message>
        <source> (report to {place})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> (الحضور إلى {place})</translation>
    </message>
    <message>
        <source>Participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المشاركة</translation>
    </message>
    <message>
        <source>Handover proposals</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مقترحات التسليم</translation>
    </message>
    <message>
        <source>{origin} → {target} (answer by {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{origin} ← {target} (الرد قبل {time})</translation>
    </message>
</context>
<context>
    <name>CommandWiring</name>
    <message>
        <source>Units</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوحدات</translation>
    </message>
    <message>
        <source>Command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">القيادة</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Broker {broker}: not started</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوسيط {broker}: لم يبدأ</translation>
    </message>
    <message>
        <source>node {0} of {1}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العقدة {0} من {1}</translation>
    </message>
    <message>
        <source>connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متصل</translation>
    </message>
    <message>
        <source>connecting</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جارٍ الاتصال</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير متصل</translation>
    </message>
    <message>
        <source>refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفض الاتصال</translation>
    </message>
    <message>
        <source>failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فشل</translation>
    </message>
    <message>
        <source>Broker {broker}: {state} since {since}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوسيط {broker}: {state} منذ {since}</translation>
    </message>
    <message>
        <source> — retry in {n} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> — إعادة المحاولة خلال {n} s</translation>
    </message>
    <message>
        <source>
This broker speaks MQTT 3.1.1 only: alerts arrive without sequence numbers (no gap detection) and without broker-side expiry; nothing else is lost.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
هذا الوسيط يدعم MQTT 3.1.1 فقط: تصل التنبيهات دون أرقام تسلسلية (لا كشف للفجوات) ودون انتهاء صلاحية لدى الوسيط؛ ولا يضيع شيء آخر.</translation>
    </message>
</context>
<context>
    <name>CoordinateReadout</name>
    <message>
        <source>Cursor position; click to copy it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موضع المؤشر؛ انقر لنسخه</translation>
    </message>
    <message>
        <source>Move the cursor over the map for its coordinates</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حرّك المؤشر فوق الخريطة لمعرفة الإحداثيات</translation>
    </message>
</context>
<context>
    <name>CordonTools</name>
    <message>
        <source>The map is not shown in this console.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة غير معروضة في وحدة التحكم هذه.</translation>
    </message>
    <message>
        <source>This console cannot draw on incidents (no command board).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا تستطيع وحدة التحكم هذه الرسم على الحوادث (لا توجد لوحة قيادة).</translation>
    </message>
    <message>
        <source>Select the incident to draw the cordon on first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر أولًا الحادث الذي سيُرسم عليه الطوق.</translation>
    </message>
    <message>
        <source>Click the centre of the cordon, then its edge (Esc cancels).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انقر مركز الطوق ثم حافته (Esc للإلغاء).</translation>
    </message>
    <message>
        <source>Click the corners of the cordon; double-click or Enter to finish (Esc cancels).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انقر زوايا الطوق؛ نقرة مزدوجة أو Enter للإنهاء (Esc للإلغاء).</translation>
    </message>
    <message>
        <source>Click the points to measure; double-click to finish (Esc clears).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انقر النقاط المراد قياسها؛ نقرة مزدوجة للإنهاء (Esc للمسح).</translation>
    </message>
    <message>
        <source>Distance: {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المسافة: {text}</translation>
    </message>
    <message>
        <source>Cordon {radius} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طوق {radius} م</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طوق</translation>
    </message>
    <message>
        <source>Cordon on {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طوق على {key}</translation>
    </message>
    <message>
        <source>Name of the area drawn on incident {key} ({title}):</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اسم المنطقة المرسومة على الحادث {key} ({title}):</translation>
    </message>
    <message>
        <source>draw the cordon</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رسم الطوق</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>DATABASE UNAVAILABLE — {reason}. New alerts are kept on the bus until it is back.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قاعدة البيانات غير متاحة — {reason}. تبقى التنبيهات الجديدة على الناقل حتى تعود.</translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <source>DB {url}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قاعدة البيانات {url}</translation>
    </message>
    <message>
        <source>The database this console reads and writes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قاعدة البيانات التي تقرأ منها وحدة التحكم هذه وتكتب فيها</translation>
    </message>
</context>
<context>
    <name>EstablishDialog</name>
    <message>
        <source>Establish command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنشاء القيادة</translation>
    </message>
    <message>
        <source>Single command (one Incident Commander)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قيادة منفردة (قائد حادث واحد)</translation>
    </message>
    <message>
        <source>Unified command (one IC per agency)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قيادة موحّدة (قائد لكل جهة)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قائد الحادث</translation>
    </message>
    <message>
        <source>Tier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المستوى</translation>
    </message>
</context>
<context>
    <name>EvidenceWiring</name>
    <message>
        <source>Export evidence package…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير حزمة الأدلة…</translation>
    </message>
    <message>
        <source>There is no incident to export: evidence is exported per incident.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد حادث للتصدير: تُصدَّر الأدلة لكل حادث على حدة.</translation>
    </message>
    <message>
        <source>Exporting the evidence package of {incident}: signing a checkpoint and proving every log entry about it…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جارٍ تصدير حزمة أدلة {incident}: توقيع نقطة تحقق وإثبات كل مدخل في السجل يخصه…</translation>
    </message>
    <message>
        <source>export the evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير حزمة الأدلة</translation>
    </message>
    <message>
        <source>Evidence package written: {path}. It proves {n} log entries of {incident} against the signed checkpoint of {size} entries; the report is inside as HTML and PDF. Anyone can check it offline with: incident-desk evidence verify {name}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كُتبت حزمة الأدلة: {path}. تثبت {n} من مدخلات سجل {incident} مقابل نقطة التحقق الموقّعة ذات {size} مدخلًا؛ والتقرير بداخلها بصيغتي HTML وPDF. يمكن لأي شخص التحقق منها دون اتصال بالأمر: incident-desk evidence verify {name}</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Show expected actions (controller only)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإجراءات المتوقعة (للمراقب)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السرعة</translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استئناف</translation>
    </message>
    <message>
        <source>Step</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خطوة</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الانتقال إلى المحدد</translation>
    </message>
    <message>
        <source>Fire contingency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إطلاق المُدخل الاحتياطي</translation>
    </message>
    <message>
        <source>Ad-hoc inject…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُدخل مخصص…</translation>
    </message>
    <message>
        <source>Export AAR…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير تقرير ما بعد التمرين…</translation>
    </message>
    <message>
        <source>NO DUFF — held</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF — متوقف</translation>
    </message>
    <message>
        <source>planned (before STARTEX)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مخطط (قبل STARTEX)</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جارٍ</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منتهٍ</translation>
    </message>
    <message>
        <source>{reason} — the exercise clock is held; Resume continues play.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{reason} — ساعة التمرين متوقفة؛ «استئناف» يواصل التمرين.</translation>
    </message>
    <message>
        <source>MSEL: cannot read the store: {0}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">MSEL: تعذّرت قراءة قاعدة البيانات: {0}</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{what}: {reason}</translation>
    </message>
    <message>
        <source>{what} (unexpected error, logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{what} (خطأ غير متوقع، سُجّل): {error}</translation>
    </message>
    <message>
        <source>STARTEX was already given.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُعطي STARTEX من قبل.</translation>
    </message>
    <message>
        <source>STARTEX: the exercise clock runs.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX: ساعة التمرين تعمل.</translation>
    </message>
    <message>
        <source>Step: no scheduled inject is left.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خطوة: لم يبقَ أي مُدخل مجدول.</translation>
    </message>
    <message>
        <source>Select the inject to jump to first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر أولًا المُدخل المراد الانتقال إليه.</translation>
    </message>
    <message>
        <source>Jump</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انتقال</translation>
    </message>
    <message>
        <source>Jumped to inject {number}; skipped: {skipped}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم الانتقال إلى الحقنة {number}؛ المتخطاة: {skipped}.</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا شيء</translation>
    </message>
    <message>
        <source>Contingency inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُرسلت الحقنة الاحتياطية {number}.</translation>
    </message>
    <message>
        <source>Ad-hoc inject {number} sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُرسلت الحقنة الطارئة {number}.</translation>
    </message>
    <message>
        <source>After-action report written to {folder} ({count} files).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كُتب تقرير ما بعد العمل في {folder} ({count} ملفات).</translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDEX</translation>
    </message>
    <message>
        <source>End exercise {id} for every joined console? Injects still due are not sent.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنهاء التمرين {id} لجميع وحدات التحكم المنضمة؟ لن تُرسل المدخلات المتبقية.</translation>
    </message>
    <message>
        <source>Select a held contingency inject first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر أولًا مُدخلًا احتياطيًا محجوزًا.</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُدخل احتياطي</translation>
    </message>
    <message>
        <source>Ad-hoc inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُدخل مخصص</translation>
    </message>
    <message>
        <source>Export the after-action report to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير تقرير ما بعد العمل إلى</translation>
    </message>
    <message>
        <source>Export AAR</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير تقرير ما بعد التمرين</translation>
    </message>
</context>
<context>
    <name>ExerciseStateLabel</name>
    <message>
        <source>planned</source>
        <extracomment>the drill clock&apos;s states as the state line says them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مخطط</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جارٍ</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منتهٍ</translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state yet</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين {0}: لا حالة إدارة بعد</translation>
    </message>
    <message>
        <source>EXERCISE {0}: no control state</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين {0}: لا حالة إدارة</translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF</translation>
    </message>
    <message>
        <source>{0} {1} {2} ({3} by {4})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} {1} {2} ({3} بواسطة {4})</translation>
    </message>
    <message>
        <source>clock set</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ضُبطت الساعة</translation>
    </message>
</context>
<context>
    <name>ExerciseWiring</name>
    <message>
        <source>Exercise control</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إدارة التمرين</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير حزمة الأدلة</translation>
    </message>
    <message>
        <source> (EXERCISE {id})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished"> (تمرين {id})</translation>
    </message>
    <message>
        <source>e.g. mutual legal assistance request from UG</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مثلًا طلب مساعدة قانونية متبادلة من أوغندا</translation>
    </message>
    <message>
        <source>the case or request number, e.g. UG-DPP-114</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رقم القضية أو الطلب، مثلًا UG-DPP-114</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختيار…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مرجع القضية</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المجلد</translation>
    </message>
    <message>
        <source>The package holds every log entry about the incident, whatever its time, with the proofs that it was not changed, and a report (HTML and PDF). The export itself is logged with your name, the reason and the reference.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تضم الحزمة كل مدخل في السجل يخص الحادث، أيًا كان وقته، مع ما يثبت أنه لم يُغيَّر، وتقريرًا (HTML وPDF). ويُسجَّل التصدير نفسه باسمك والسبب والمرجع.</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصدير</translation>
    </message>
    <message>
        <source>Folder for the evidence package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مجلد حزمة الأدلة</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Could not read the store (logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّرت قراءة قاعدة البيانات (سُجّل): {error}</translation>
    </message>
</context>
<context>
    <name>HandoverBrief</name>
    <message>
        <source>received {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُلم {time}</translation>
    </message>
    <message>
        <source>no command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا قيادة</translation>
    </message>
    <message>
        <source>{resource} ({agency}), ordered {ordered}, arrived {arrived}: {notes}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{resource} ({agency})، طُلب {ordered}، وصل {arrived}: {notes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">لا شيء</translation>
    </message>
    <message>
        <source>{name} ({origin}) at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} ({origin}) في {time}</translation>
    </message>
    <message>
        <source>{form} Incident Briefing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{form} إحاطة الحادث</translation>
    </message>
    <message>
        <source>EXERCISE {id}</source>
        <translation type="unfinished">تمرين {id}</translation>
    </message>
    <message>
        <source>1. Incident name:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1. اسم الحادث:</translation>
    </message>
    <message>
        <source>2. Incident number:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2. رقم الحادث:</translation>
    </message>
    <message>
        <source>3. Initiated:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3. بدأ في:</translation>
    </message>
    <message>
        <source>5. Situation summary</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">5. ملخص الوضع</translation>
    </message>
    <message>
        <source>7. Objectives</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">7. الأهداف</translation>
    </message>
    <message>
        <source>8. Actions</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8. الإجراءات</translation>
    </message>
    <message>
        <source>9. Current organisation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">9. التنظيم الحالي</translation>
    </message>
    <message>
        <source>10. Resource summary</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">10. ملخص الموارد</translation>
    </message>
    <message>
        <source>6. Prepared by:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">6. أعدّه:</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of command offered: {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرض تسليم القيادة: {key}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{origin}&lt;/b&gt; ({who}) offers command of &lt;b&gt;{key}&lt;/b&gt; to your agency, effective {effective}; answer by {expires}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعرض &lt;b&gt;{origin}&lt;/b&gt; ({who}) قيادة &lt;b&gt;{key}&lt;/b&gt; على جهتك، اعتبارًا من {effective}؛ الرد قبل {expires}.</translation>
    </message>
    <message>
        <source>Reason (required to refuse)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السبب (إلزامي عند الرفض)</translation>
    </message>
    <message>
        <source>Accept command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قبول القيادة</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رفض</translation>
    </message>
    <message>
        <source>Incident Commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قائد الحادث</translation>
    </message>
    <message>
        <source>Tier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المستوى</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Command structure</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">هيكل القيادة</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منذ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخطورة</translation>
    </message>
    <message>
        <source>CC</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التنبيهات</translation>
    </message>
    <message>
        <source>Age</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العمر</translation>
    </message>
    <message>
        <source>#</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">#</translation>
    </message>
    <message>
        <source>Offset</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإزاحة</translation>
    </message>
    <message>
        <source>From → To</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">من ← إلى</translation>
    </message>
    <message>
        <source>Method</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوسيلة</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الرسالة</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإجراء المتوقع</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Sent at (wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وقت الإرسال (الساعة الفعلية)</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أقرّ به</translation>
    </message>
    <message>
        <source>Expected action observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُصد الإجراء المتوقع</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>the message types a queue shows day to day (an Ack or an Error elides, whole on hover)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النمط</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُلم</translation>
    </message>
    <message>
        <source>Sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُرسل</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإلحاح</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Headline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Sender</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المُرسِل</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Incident(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث/الحوادث</translation>
    </message>
    <message>
        <source>Ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إقرار</translation>
    </message>
    <message>
        <source>Trust</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الثقة</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رمز النداء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الموقع</translation>
    </message>
    <message>
        <source>Last update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">آخر تحديث</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التكليف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحجم</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <source>Stream</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التدفق</translation>
    </message>
    <message>
        <source>Missing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المفقود</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العدد</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوقت</translation>
    </message>
    <message>
        <source>Actor</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الفاعل</translation>
    </message>
    <message>
        <source>Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وحدة التحكم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ما حدث</translation>
    </message>
</context>
<context>
    <name>IcsPdf</name>
    <message>
        <source>none</source>
        <extracomment>a time in the one format (incident_desk/timefmt.py), kept left to right inside Arabic</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا شيء</translation>
    </message>
    <message>
        <source>{form} — page {page} of {pages}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{form} — الصفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>IncidentBoardWidget</name>
    <message>
        <source>New</source>
        <extracomment>the status filter&apos;s entries</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جديد</translation>
    </message>
    <message>
        <source>Active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشط</translation>
    </message>
    <message>
        <source>Contained</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">محتوى</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مغلق</translation>
    </message>
    <message>
        <source>Activate</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تفعيل</translation>
    </message>
    <message>
        <source>Contain</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">احتواء</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إعادة فتح</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كل الحالات</translation>
    </message>
    <message>
        <source>All countries</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كل البلدان</translation>
    </message>
    <message>
        <source>Filter incidents: key or title</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تصفية الحوادث: المفتاح أو العنوان</translation>
    </message>
    <message>
        <source>New from alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جديد من التنبيه</translation>
    </message>
    <message>
        <source>Attach alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إلحاق التنبيه</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دمج…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Older closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المغلقة الأقدم</translation>
    </message>
    <message>
        <source>No older closed incidents are stored.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد حوادث مغلقة أقدم مخزنة.</translation>
    </message>
    <message>
        <source>Could not look up the alert&apos;s incident: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر العثور على حادث التنبيه: {error}</translation>
    </message>
    <message>
        <source>Select an alert in the queue to open an incident from it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر تنبيهًا من القائمة لفتح حادث منه.</translation>
    </message>
    <message>
        <source>open an incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فتح حادث</translation>
    </message>
    <message>
        <source>Select an alert in the queue and an incident on the board to attach it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر تنبيهًا من القائمة وحادثًا من اللوحة لإلحاقه به.</translation>
    </message>
    <message>
        <source>The alert already belongs to this incident.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التنبيه ينتمي بالفعل إلى هذا الحادث.</translation>
    </message>
    <message>
        <source>attach the alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إلحاق التنبيه</translation>
    </message>
    <message>
        <source>Select exactly two incidents to merge (Shift+arrow or Ctrl+click).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر حادثين بالضبط لدمجهما (Shift+سهم أو Ctrl+نقرة).</translation>
    </message>
    <message>
        <source>merge the incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دمج الحوادث</translation>
    </message>
    <message>
        <source>Select an incident on the board first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر أولًا حادثًا من اللوحة.</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق الحادث</translation>
    </message>
    <message>
        <source>Close incident {key} ({title})? Its alerts stay in the queue.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق الحادث {key} ({title})؟ تبقى تنبيهاته في القائمة.</translation>
    </message>
    <message>
        <source>set the incident {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تغيير الحادث إلى «{status}»</translation>
    </message>
    <message>
        <source>Select an incident on the board to add a note to it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر حادثًا من اللوحة لإضافة ملاحظة إليه.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Note for incident {key}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ملاحظة للحادث {key}:</translation>
    </message>
    <message>
        <source>add the note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إضافة الملاحظة</translation>
    </message>
    <message>
        <source>This console has no incident board.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد لوحة حوادث في وحدة التحكم هذه.</translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>Exercise {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين {id}</translation>
    </message>
    <message>
        <source>Real incident, not the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حادث حقيقي، ليس من التمرين</translation>
    </message>
    <message>
        <source>{key}: {title} at {position} — created by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title} عند {position} — أنشأه {who}</translation>
    </message>
    <message>
        <source>{key}: {title} — created by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title} — أنشأه {who}</translation>
    </message>
    <message>
        <source>now</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الآن</translation>
    </message>
    <message>
        <source>{0} min</source>
        <comment>minutes ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} د</translation>
    </message>
    <message>
        <source>{0} h</source>
        <comment>hours ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} س</translation>
    </message>
    <message>
        <source>{0} d</source>
        <comment>days ago, in a narrow column</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{0} ي</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>where the operator&apos;s last choice is kept (QSettings)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;اللغة</translation>
    </message>
    <message>
        <source>(draft)</source>
        <comment>a translation not yet reviewed by a native speaker</comment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(مسودة)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>leave the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مغادرة التمرين</translation>
    </message>
    <message>
        <source>Return to the preferred broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العودة إلى الوسيط المفضّل</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحوادث</translation>
    </message>
    <message>
        <source>Map</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السجل الزمني</translation>
    </message>
</context>
<context>
    <name>MapMenu</name>
    <message>
        <source>Map: find a place, incident, unit or coordinates…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة: البحث عن مكان أو حادث أو وحدة أو إحداثيات…</translation>
    </message>
    <message>
        <source>Publish update for the selected incident (its cordons)…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشر تحديث للحادث المحدد (بأطواقه الأمنية)…</translation>
    </message>
    <message>
        <source>Map: draw a cordon (circle) on the selected incident</source>
        <extracomment>the Map menu&apos;s other actions, in menu order after the ones above</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة: رسم طوق (دائرة) على الحادث المحدد</translation>
    </message>
    <message>
        <source>Map: draw a cordon (polygon) on the selected incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة: رسم طوق (مضلّع) على الحادث المحدد</translation>
    </message>
    <message>
        <source>Map: measure distance</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة: قياس المسافة</translation>
    </message>
    <message>
        <source>Map: add map package…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة: إضافة حزمة خرائط…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ال&amp;خريطة</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Find a place, incident key, callsign or coordinates (Ctrl+L)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ابحث عن مكان أو مفتاح حادث أو رمز نداء أو إحداثيات (Ctrl+L)</translation>
    </message>
    <message>
        <source>Map search</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">البحث في الخريطة</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إحداثيات</translation>
    </message>
    <message>
        <source>incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حادث</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وحدة</translation>
    </message>
    <message>
        <source>country</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بلد</translation>
    </message>
    <message>
        <source>capital</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عاصمة</translation>
    </message>
    <message>
        <source>town</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مدينة</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منفذ حدودي</translation>
    </message>
    <message>
        <source>scenario place</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكان في السيناريو</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>EXERCISE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين</translation>
    </message>
    <message>
        <source>Available</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متاحة</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكلّفة</translation>
    </message>
    <message>
        <source>En route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الطريق</translation>
    </message>
    <message>
        <source>On scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الموقع</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خارج الخدمة</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة غير معروفة</translation>
    </message>
    <message>
        <source>stale since {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موقع قديم منذ {time}</translation>
    </message>
    <message>
        <source>Natural Earth · places: {places} · borders: {borders}</source>
        <extracomment>the map&apos;s data credit; {places} and {borders} are the licensed sources&apos; own names (kept as their licences ask), only the words around them are translated</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Natural Earth · الأماكن: {places} · الحدود: {borders}</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} م</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} كم</translation>
    </message>
    <message>
        <source>Outline map (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خريطة أساس (دون اتصال)</translation>
    </message>
    <message>
        <source>Country boundaries (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حدود البلدان (دون اتصال)</translation>
    </message>
    <message>
        <source>Place names (offline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أسماء الأماكن (دون اتصال)</translation>
    </message>
    <message>
        <source>CAP areas and cordons</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مناطق CAP والأطواق</translation>
    </message>
    <message>
        <source>Units</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوحدات</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحوادث</translation>
    </message>
</context>
<context>
    <name>MapWiring</name>
    <message>
        <source>Map closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة مغلقة</translation>
    </message>
    <message>
        <source>Incident {key}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث {key}: {title}</translation>
    </message>
    <message>
        <source>This console cannot create incidents.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا تستطيع وحدة التحكم هذه إنشاء حوادث.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حادث جديد</translation>
    </message>
    <message>
        <source>Title of the new incident at {lat}, {lon}:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عنوان الحادث الجديد عند {lat}، {lon}:</translation>
    </message>
    <message>
        <source>Incident at {lat}, {lon}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حادث عند {lat}، {lon}</translation>
    </message>
    <message>
        <source>create the incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنشاء الحادث</translation>
    </message>
    <message>
        <source>The map is not shown in this console.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة غير معروضة في وحدة التحكم هذه.</translation>
    </message>
    <message>
        <source>Loading map…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جارٍ تحميل الخريطة…</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نُسخ {text}</translation>
    </message>
    <message>
        <source>add the map package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إضافة حزمة الخرائط</translation>
    </message>
    <message>
        <source>Add map package</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إضافة حزمة خرائط</translation>
    </message>
    <message>
        <source>Map packages (*.mbtiles *.pmtiles);;All files (*)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حزم الخرائط (*.mbtiles *.pmtiles);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Map packages cannot be shown in this console (see the log).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن عرض حزم الخرائط في وحدة التحكم هذه (راجع السجل).</translation>
    </message>
    <message>
        <source>Map package added: {name} ({path})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُضيفت حزمة الخرائط: {name} ({path})</translation>
    </message>
    <message>
        <source>No active incidents or areas to show on the map.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد حوادث أو مناطق نشطة لعرضها على الخريطة.</translation>
    </message>
    <message>
        <source>Select an alert to show on the map first.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر أولًا تنبيهًا لعرضه على الخريطة.</translation>
    </message>
</context>
<context>
    <name>ModeBadge</name>
    <message>
        <source>EXERCISE {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين {id}</translation>
    </message>
    <message>
        <source>REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حقيقي</translation>
    </message>
</context>
<context>
    <name>MselTableModel</name>
    <message>
        <source>pending</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قيد الانتظار</translation>
    </message>
    <message>
        <source>held</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">محجوز</translation>
    </message>
    <message>
        <source>sent</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُرسل</translation>
    </message>
    <message>
        <source>skipped</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم تخطيه</translation>
    </message>
    <message>
        <source>failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فشل</translation>
    </message>
    <message>
        <source>The inject&apos;s time on the exercise clock, from STARTEX.</source>
        <extracomment>what the headers&apos; tooltips add to their names: which clock a time is on</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وقت المُدخل على ساعة التمرين، بدءًا من STARTEX.</translation>
    </message>
    <message>
        <source>When the inject went out on the wall clock, in this computer&apos;s local time ({zone}); the hover over a time gives its date and UTC.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وقت خروج المُدخل بالساعة الفعلية، بالتوقيت المحلي لهذا الحاسوب ({zone})؛ يُظهر تمرير المؤشر فوق أي وقت تاريخه وتوقيته بـ UTC.</translation>
    </message>
    <message>
        <source>CAP {type}: {headline}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{type} CAP: {headline}</translation>
    </message>
    <message>
        <source>Unit {unit} → {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوحدة {unit} ← {status}</translation>
    </message>
    <message>
        <source>{number} (ad hoc)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{number} (مخصص)</translation>
    </message>
    <message>
        <source>held (contingency for {number})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">محجوز (احتياطي لـ {number})</translation>
    </message>
    <message>
        <source>system</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النظام</translation>
    </message>
    <message>
        <source>phone</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">هاتف</translation>
    </message>
    <message>
        <source>radio</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لاسلكي</translation>
    </message>
    <message>
        <source>email</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بريد إلكتروني</translation>
    </message>
    <message>
        <source>in person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حضورياً</translation>
    </message>
    <message>
        <source>media</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وسائل الإعلام</translation>
    </message>
</context>
<context>
    <name>NoDuffGuard</name>
    <message>
        <source>NO DUFF declared</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُعلن NO DUFF</translation>
    </message>
</context>
<context>
    <name>NoDuffOverlay</name>
    <message>
        <source>NO DUFF — REAL-WORLD ALERT — THIS IS NOT A DRILL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF — تنبيه حقيقي — هذا ليس تمرينًا</translation>
    </message>
    <message>
        <source>The exercise clock is held. Handle the real event on the live path (Actual); exercise traffic continues only when the controller resumes.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ساعة التمرين متوقفة. تعامل مع الحدث الحقيقي عبر المسار الفعلي (Actual)؛ لا تُستأنف حركة التمرين إلا عندما يستأنفها المراقب.</translation>
    </message>
    <message>
        <source>Acknowledge real alert and dismiss</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإقرار بالتنبيه الحقيقي والإغلاق</translation>
    </message>
    <message>
        <source>The exercise is no longer held. The real event above is still yours: handle it on the live path (Actual).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يعد التمرين معلّقاً. الحدث الحقيقي أعلاه ما زال من مسؤوليتك: عالجه عبر المسار الفعلي (Actual).</translation>
    </message>
    <message>
        <source>from {sender} — sent {time} — {severity} / {urgency}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">من {sender} — أُرسل {time} — {severity} / {urgency}</translation>
    </message>
    <message>
        <source>Exercise control: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إدارة التمرين: {reason}</translation>
    </message>
    <message>
        <source>Dismiss (seen)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إغلاق (تمت المشاهدة)</translation>
    </message>
</context>
<context>
    <name>NoticeButton</name>
    <message>
        <source>{n} quarantined</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الحجر: {n}</translation>
    </message>
    <message>
        <source>{n} missing</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مفقودة: {n}</translation>
    </message>
    <message>
        <source>Payloads set aside and messages missing from publisher streams (Ctrl+Shift+Q)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حمولات مُنحّاة ورسائل مفقودة من تدفقات الناشرين (Ctrl+Shift+Q)</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>the payload is binary data, not text</source>
        <extracomment>ingest&apos;s sentence for bytes the XML parser refused (incident_desk/ingest/_reasons.py); its ``detail`` is libxml2&apos;s own message (&quot;Premature end of data in tag alert line 1, line 1, column 166&quot;), which the row replaces with one of the plain problems below</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحمولة بيانات ثنائية وليست نصًا</translation>
    </message>
    <message>
        <source>the payload is not XML (it does not begin with a tag)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحمولة ليست XML (لا تبدأ بوسم)</translation>
    </message>
    <message>
        <source>the document is cut short, before its tags are closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المستند مبتور قبل إغلاق وسومه</translation>
    </message>
    <message>
        <source>a closing tag does not match the tag it closes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وسم إغلاق لا يطابق الوسم الذي يغلقه</translation>
    </message>
    <message>
        <source>more text follows the end of the document</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يوجد نص بعد نهاية المستند</translation>
    </message>
    <message>
        <source>an “&amp;” code in the text is not valid XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رمز «&amp;» في النص ليس XML صالحًا</translation>
    </message>
    <message>
        <source>it holds characters XML does not allow, or bytes not in its encoding</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحتوي على محارف لا يسمح بها XML، أو بايتات ليست من ترميزه</translation>
    </message>
    <message>
        <source>a tag or its attributes are written wrongly</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وسم أو سماته مكتوبة بشكل خاطئ</translation>
    </message>
    <message>
        <source>it breaks the rules of XML</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يخالف قواعد XML</translation>
    </message>
    <message>
        <source>{problem}, on line {line}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{problem}، في السطر {line}</translation>
    </message>
    <message>
        <source>TEST</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختبار</translation>
    </message>
    <message>
        <source>… {n} more bytes not shown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">… {n} بايت إضافي غير معروض</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Quarantine and missing messages</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحجر والرسائل المفقودة</translation>
    </message>
    <message>
        <source>Select an entry to see the payload as received.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اختر مدخلًا لرؤية الحمولة كما استُلمت.</translation>
    </message>
    <message>
        <source>Quarantine ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحجر ({n})</translation>
    </message>
    <message>
        <source>Missing messages ({n})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الرسائل المفقودة ({n})</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الموضوع: {topic}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السبب: {reason}</translation>
    </message>
    <message>
        <source>As the XML parser says it: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كما يقولها محلل XML: {reason}</translation>
    </message>
    <message>
        <source>Not UTF-8 text: shown as bytes (offset, hexadecimal, the bytes that are ASCII characters).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ليس نصًا بترميز UTF-8: يُعرض كبايتات (الإزاحة، الست عشري، البايتات التي تمثل محارف ASCII).</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Could not {doing}: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر {doing}: {reason}</translation>
    </message>
    <message>
        <source>Could not {doing} (unexpected error, logged): {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر {doing} (خطأ غير متوقع، سُجّل): {error}</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n message(s) waiting for the broker</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>لا رسائل تنتظر الوسيط</numerusform>
            <numerusform>رسالة واحدة تنتظر الوسيط</numerusform>
            <numerusform>رسالتان تنتظران الوسيط</numerusform>
            <numerusform>%n رسائل تنتظر الوسيط</numerusform>
            <numerusform>%n رسالة تنتظر الوسيط</numerusform>
            <numerusform>%n رسالة تنتظر الوسيط</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgements and command events written on this console that the broker has not confirmed yet; they are kept and sent by themselves when it is reachable.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إقرارات وأحداث قيادة كُتبت على وحدة التحكم هذه ولم يؤكدها الوسيط بعد؛ تُحفظ وتُرسل تلقائيًا عندما يصبح متاحًا.</translation>
    </message>
    <message>
        <source>Last attempt: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">آخر محاولة: {error}</translation>
    </message>
</context>
<context>
    <name>ProposeHandoverDialog</name>
    <message>
        <source>Propose handover of {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اقتراح تسليم {key}</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التسليم إلى</translation>
    </message>
    <message>
        <source>Takes effect at</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يسري اعتبارًا من</translation>
    </message>
    <message>
        <source>Answer by (expires)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الرد قبل (انتهاء المهلة)</translation>
    </message>
    <message>
        <source>Times in this workstation&apos;s clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الأوقات حسب ساعة محطة العمل هذه</translation>
    </message>
    <message>
        <source>Propose handover</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اقتراح التسليم</translation>
    </message>
    <message>
        <source>ICS-201 brief sent with the proposal (read-only):</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موجز ICS-201 المرسل مع المقترح (للقراءة فقط):</translation>
    </message>
</context>
<context>
    <name>RateIndicator</name>
    <message>
        <source>{n} alerts/min</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} تنبيه/دقيقة</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all stored alerts</source>
        <translation type="unfinished">البحث في جميع التنبيهات المخزنة</translation>
    </message>
    <message>
        <source>Words in the sender, event, headline, description or area</source>
        <translation type="unfinished">كلمات في المُرسِل أو الحدث أو العنوان أو الوصف أو المنطقة</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished">أي درجة خطورة</translation>
    </message>
    <message>
        <source>Country (KE)</source>
        <translation type="unfinished">البلد (KE)</translation>
    </message>
    <message>
        <source>Agency (upf)</source>
        <translation type="unfinished">الجهة (upf)</translation>
    </message>
    <message>
        <source>The agency&apos;s code in the topics it publishes on</source>
        <translation type="unfinished">رمز الجهة في المواضيع التي تنشر عليها</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">بحث</translation>
    </message>
    <message>
        <source>Type words and press Enter.</source>
        <translation type="unfinished">اكتب كلمات واضغط Enter.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished">النمط</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">أُرسل</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">الخطورة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">الحدث</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Older hits</source>
        <translation type="unfinished">نتائج أقدم</translation>
    </message>
    <message>
        <source>Search first: older hits follow the newest 100</source>
        <translation type="unfinished">ابحث أولاً: تأتي النتائج الأقدم بعد أحدث 100</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">فتح</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>The time range ends before it starts.</source>
        <translation type="unfinished">الفترة الزمنية تنتهي قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Exercise traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حركة التمرين</translation>
    </message>
    <message>
        <source>Real alert, not the exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تنبيه حقيقي، ليس من التمرين</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished">جارٍ البحث…</translation>
    </message>
    <message>
        <source>Search the alerts received before those</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ابحث في التنبيهات المستلمة قبل هذه</translation>
    </message>
    <message>
        <source>Show the next {count} older hits</source>
        <translation type="unfinished">عرض النتائج الأقدم التالية ({count})</translation>
    </message>
    <message>
        <source>Every hit is shown</source>
        <translation type="unfinished">جميع النتائج معروضة</translation>
    </message>
    <message>
        <source>{shown} Searched the alerts received since {time}; Older hits searches further back.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{shown} تم البحث في التنبيهات المستلمة منذ {time}؛ زر «نتائج أقدم» يبحث أبعد في الماضي.</translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا نتيجة حتى الآن.</translation>
    </message>
    <message>
        <source>No stored alert matches.</source>
        <translation type="unfinished">لا يطابق أي تنبيه مخزن.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) shown, newest first. Double-click one to open it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">
            <numerusform>عدد التنبيهات المعروضة: %n، الأحدث أولاً. انقر نقراً مزدوجاً على تنبيه لفتحه.</numerusform>
            <numerusform>عدد التنبيهات المعروضة: %n، الأحدث أولاً. انقر نقراً مزدوجاً على تنبيه لفتحه.</numerusform>
            <numerusform>عدد التنبيهات المعروضة: %n، الأحدث أولاً. انقر نقراً مزدوجاً على تنبيه لفتحه.</numerusform>
            <numerusform>عدد التنبيهات المعروضة: %n، الأحدث أولاً. انقر نقراً مزدوجاً على تنبيه لفتحه.</numerusform>
            <numerusform>عدد التنبيهات المعروضة: %n، الأحدث أولاً. انقر نقراً مزدوجاً على تنبيه لفتحه.</numerusform>
            <numerusform>عدد التنبيهات المعروضة: %n، الأحدث أولاً. انقر نقراً مزدوجاً على تنبيه لفتحه.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation type="unfinished">فشل البحث: {reason}</translation>
    </message>
    <message>
        <source>This alert is older than the queue loads at once: it is shown in the detail pane; scroll the queue or search again to see its neighbours.</source>
        <translation type="unfinished">هذا التنبيه أقدم مما تحمّله القائمة دفعة واحدة: يُعرض في لوحة التفاصيل؛ مرّر القائمة أو ابحث مجدداً لرؤية ما يجاوره.</translation>
    </message>
</context>
<context>
    <name>ShelveDialog</name>
    <message>
        <source>Shelve alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعليق الإنذار</translation>
    </message>
    <message>
        <source>Why (required, goes to the timeline)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السبب (إلزامي، يُدوَّن في السجل الزمني)</translation>
    </message>
    <message>
        <source>Until it returns to normal</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حتى يعود إلى الوضع العادي</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">15 دقيقة</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ساعة واحدة</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8 ساعات</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإنذار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>For</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المدة</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Acknowledge</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إقرار</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الانتقال إلى التصفية</translation>
    </message>
    <message>
        <source>Next unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التالي دون إقرار</translation>
    </message>
    <message>
        <source>Previous unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السابق دون إقرار</translation>
    </message>
    <message>
        <source>Mute alarm</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كتم الإنذار</translation>
    </message>
    <message>
        <source>Toggle dark/light theme</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تبديل السمة الداكنة/الفاتحة</translation>
    </message>
    <message>
        <source>Show quarantine and gaps</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرض الحجر والفجوات</translation>
    </message>
    <message>
        <source>Search all stored alerts…</source>
        <translation type="unfinished">البحث في جميع التنبيهات المخزنة…</translation>
    </message>
    <message>
        <source>Focus incident board</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الانتقال إلى لوحة الحوادث</translation>
    </message>
    <message>
        <source>New incident from selected alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حادث جديد من التنبيه المحدد</translation>
    </message>
    <message>
        <source>Attach selected alert to selected incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إلحاق التنبيه المحدد بالحادث المحدد</translation>
    </message>
    <message>
        <source>Merge the two selected incidents…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دمج الحادثين المحددين…</translation>
    </message>
    <message>
        <source>Incident: activate (or re-escalate)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث: تفعيل (أو تصعيد من جديد)</translation>
    </message>
    <message>
        <source>Incident: contain</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث: احتواء</translation>
    </message>
    <message>
        <source>Incident: close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث: إغلاق</translation>
    </message>
    <message>
        <source>Incident: reopen</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث: إعادة فتح</translation>
    </message>
    <message>
        <source>Add note to selected incident…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إضافة ملاحظة إلى الحادث المحدد…</translation>
    </message>
    <message>
        <source>Map: fit all active incidents</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة: إظهار كل الحوادث النشطة</translation>
    </message>
    <message>
        <source>Map: show the selected alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخريطة: إظهار التنبيه المحدد</translation>
    </message>
    <message>
        <source>Assign a unit or person to an incident…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تكليف وحدة أو شخص بحادث…</translation>
    </message>
    <message>
        <source>Show the units and command panels</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عرض لوحتي الوحدات والقيادة</translation>
    </message>
    <message>
        <source>Load agency and unit directory…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحميل دليل الجهات والوحدات…</translation>
    </message>
    <message>
        <source>Help: shortcuts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المساعدة: الاختصارات</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنهاء</translation>
    </message>
    <message>
        <source>Exercise: STARTEX</source>
        <extracomment>the exercise controller&apos;s clock controls (incident_desk/ui/exercise_panel.py): only on a console that runs the controller, in their own &quot;Exercise&quot; menu</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: STARTEX</translation>
    </message>
    <message>
        <source>Exercise: pause / resume the clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: إيقاف / استئناف الساعة</translation>
    </message>
    <message>
        <source>Exercise: step (send the next inject now)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: خطوة (إرسال المُدخل التالي الآن)</translation>
    </message>
    <message>
        <source>Exercise: jump to the selected inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: الانتقال إلى المُدخل المحدد</translation>
    </message>
    <message>
        <source>Exercise: ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: ENDEX</translation>
    </message>
    <message>
        <source>Exercise: faster</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: أسرع</translation>
    </message>
    <message>
        <source>Exercise: slower</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: أبطأ</translation>
    </message>
    <message>
        <source>Exercise: ad-hoc inject…</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: مُدخل مخصص…</translation>
    </message>
    <message>
        <source>Exercise: focus the MSEL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين: الانتقال إلى MSEL</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>text size steps of View → Text size (per cent of the platform&apos;s font)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;وحدة التحكم</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} ({keys})</translation>
    </message>
    <message>
        <source>Incident Desk — shortcuts</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — الاختصارات</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <extracomment>the room a window manager&apos;s frame takes around the dialog (both sides; the title bar and the bottom border), kept free on the screen</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ال&amp;تمرين</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The console could not start.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر تشغيل وحدة التحكّم.</translation>
    </message>
</context>
<context>
    <name>TakIndicator</name>
    <message>
        <source>TAK: starting</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">TAK: جارٍ البدء</translation>
    </message>
    <message>
        <source>joined</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متصل</translation>
    </message>
    <message>
        <source>connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متصل</translation>
    </message>
    <message>
        <source>not connected</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير متصل</translation>
    </message>
    <message>
        <source>{n} devices</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} أجهزة</translation>
    </message>
    <message>
        <source>CoT in {cin} / out {out}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CoT وارد {cin} / صادر {out}</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مرفوض: {n}</translation>
    </message>
    <message>
        <source>{n} exercise channel(s) down</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قنوات تمرين متوقفة: {n}</translation>
    </message>
    <message>
        <source>exercise {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التمرين {id}</translation>
    </message>
    <message>
        <source>real traffic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حركة حقيقية</translation>
    </message>
    <message>
        <source>{name}: {url} {state}; {sent} sent, {received} received, {dropped} dropped, {connects} connection(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: {url} {state}؛ مُرسَل {sent}، مُستلَم {received}، مُسقَط {dropped}، اتصالات {connects}</translation>
    </message>
    <message>
        <source>  last error: {error}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">  آخر خطأ: {error}</translation>
    </message>
    <message>
        <source>Put on the bus from TAK (unit positions, emergency beacons): {n}. Devices are counted once they reported a position.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ما نُشر على الناقل من TAK (مواقع الوحدات، إشارات الطوارئ): {n}. تُحسب الأجهزة بعد أن تبلّغ عن موقع.</translation>
    </message>
    <message>
        <source>Refused {n}×: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفض {n}×: {reason}</translation>
    </message>
    <message>
        <source>{n} device(s) match no unit of the directory: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} جهاز لا يطابق أي وحدة في الدليل: {names}</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">أي وقت</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished">مخصّص…</translation>
    </message>
    <message>
        <source>from</source>
        <comment>time range: from this minute</comment>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <source>to</source>
        <comment>time range: up to this minute</comment>
        <translation type="unfinished">إلى</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Incident opened</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فُتح الحادث</translation>
    </message>
    <message>
        <source>Alert attached</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُلحق تنبيه</translation>
    </message>
    <message>
        <source>Incidents merged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دُمجت الحوادث</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حالة الحادث</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <source>Alerts cancelled</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُلغيت التنبيهات</translation>
    </message>
    <message>
        <source>Update published</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نُشر تحديث</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم الإقرار بالتنبيه</translation>
    </message>
    <message>
        <source>Command established</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنشئت القيادة</translation>
    </message>
    <message>
        <source>Handover proposed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اقتُرح التسليم</translation>
    </message>
    <message>
        <source>Handover superseded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُبدل اقتراح التسليم</translation>
    </message>
    <message>
        <source>Handover accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قُبل التسليم</translation>
    </message>
    <message>
        <source>Handover refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفض التسليم</translation>
    </message>
    <message>
        <source>Handover answer too late</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رد متأخر على التسليم</translation>
    </message>
    <message>
        <source>Handover expired</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انتهت مهلة التسليم</translation>
    </message>
    <message>
        <source>Command closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُغلقت القيادة</translation>
    </message>
    <message>
        <source>Command action refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفض إجراء القيادة</translation>
    </message>
    <message>
        <source>Assignment made</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُسندت مهمة</translation>
    </message>
    <message>
        <source>Assignment status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حالة المهمة</translation>
    </message>
    <message>
        <source>Assignment refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفضت المهمة</translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مشاركة الجهة</translation>
    </message>
    <message>
        <source>Participation refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفضت المشاركة</translation>
    </message>
    <message>
        <source>Area drawn</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُسمت منطقة</translation>
    </message>
    <message>
        <source>Area removed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُزيلت منطقة</translation>
    </message>
    <message>
        <source>Area refused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفضت المنطقة</translation>
    </message>
    <message>
        <source>Unit status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حالة الوحدة</translation>
    </message>
    <message>
        <source>Alarm raised</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُطلق إنذار</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم الإقرار بالإنذار</translation>
    </message>
    <message>
        <source>Alarm priority lowered</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خُفّضت أولوية الإنذار</translation>
    </message>
    <message>
        <source>Alarm cleared</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">زال الإنذار</translation>
    </message>
    <message>
        <source>Alarm shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عُلّق الإنذار</translation>
    </message>
    <message>
        <source>Alarm unshelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُلغي تعليق الإنذار</translation>
    </message>
    <message>
        <source>Alarm flood began</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بدأ فيض الإنذارات</translation>
    </message>
    <message>
        <source>Alarm flood ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انتهى فيض الإنذارات</translation>
    </message>
    <message>
        <source>Alarms ended at ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنهيت الإنذارات عند ENDEX</translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">صُدّرت حزمة الأدلة</translation>
    </message>
    <message>
        <source>CAP feed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تغذية CAP</translation>
    </message>
    <message>
        <source>System</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النظام</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>EXERCISE · {text}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين · {text}</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Current incident only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث الحالي فقط</translation>
    </message>
    <message>
        <source>(no incident selected)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">(لم يُحدَّد أي حادث)</translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <source>available</source>
        <extracomment>unit states as the operator reads them (the code value stays in the data)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متاحة</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكلّفة</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الطريق</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الموقع</translation>
    </message>
    <message>
        <source>out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خارج الخدمة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير معروفة</translation>
    </message>
    <message>
        <source>tactical team</source>
        <extracomment>unit kinds (the directory&apos;s ``UnitKind``) as the operator reads them</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فريق تدخل تكتيكي</translation>
    </message>
    <message>
        <source>EOD (bomb disposal)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إبطال المتفجرات (EOD)</translation>
    </message>
    <message>
        <source>negotiators</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مفاوضون</translation>
    </message>
    <message>
        <source>border patrol</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دورية حدودية</translation>
    </message>
    <message>
        <source>ambulance</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إسعاف</translation>
    </message>
    <message>
        <source>fire</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إطفاء</translation>
    </message>
    <message>
        <source>K9 (dog unit)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وحدة الكلاب (K9)</translation>
    </message>
    <message>
        <source>command post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مركز قيادة</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <source>, {n} persons</source>
        <extracomment>the wall clock (tests set it); &quot;today&quot; is read from it when units come in and on each stale check, so a report of yesterday shows its date after midnight</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">، {n} أشخاص</translation>
    </message>
    <message>
        <source>Last update: {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">آخر تحديث: {time}</translation>
    </message>
    <message>
        <source>Last position from TAK device {device}, stale since {time}: the device has not reported since.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">آخر موقع من جهاز TAK ‏{device}، قديم منذ {time}: لم يُبلغ الجهاز منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Report time on the exercise clock: {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وقت البلاغ على ساعة التمرين: {time}</translation>
    </message>
    <message>
        <source>{where} (stale since {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{where} (قديم منذ {time})</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>All agencies</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كل الجهات</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كل الأنواع</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كل الحالات</translation>
    </message>
</context>
<context>
    <name>UpdateAction</name>
    <message>
        <source>This console cannot publish CAP Updates (no incident board).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن لهذه الوحدة نشر تحديثات CAP (لا توجد لوحة حوادث).</translation>
    </message>
    <message>
        <source>Select an incident on the board to publish an update for it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حدد حادثًا في اللوحة لنشر تحديث له.</translation>
    </message>
    <message>
        <source>Cannot publish an update: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر نشر التحديث: {reason}</translation>
    </message>
    <message>
        <source>Publish a CAP Update for the selected incident with its cordons (Ctrl+Shift+P)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشر تحديث CAP للحادث المحدد مع أطواقه الأمنية (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Update for {key} published with {count} cordon(s).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نُشر تحديث {key} مع {count} طوق/أطواق أمنية.</translation>
    </message>
    <message>
        <source>publish the update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشر التحديث</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Publish update for {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشر تحديث لـ {key}</translation>
    </message>
    <message>
        <source>EXERCISE {exercise}: this Update goes to the drill&apos;s participants only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين {exercise}: يصل هذا التحديث إلى المشاركين في التمرين فقط</translation>
    </message>
    <message>
        <source>{key}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{key}: {title}</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished">التعليمات</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">الخطورة</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished">الإلحاح</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation type="unfinished">اليقين</translation>
    </message>
    <message>
        <source>Areas that go out:</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المناطق التي ستُرسل:</translation>
    </message>
    <message>
        <source>{name} (from the alert)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} (من الإنذار)</translation>
    </message>
    <message>
        <source>{name}: cordon, circle of {radius} m</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: طوق أمني، دائرة نصف قطرها {radius} م</translation>
    </message>
    <message>
        <source>{name}: cordon, polygon of {count} corners</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name}: طوق أمني، مضلع من {count} رؤوس</translation>
    </message>
    <message>
        <source>Updates {count} alert(s) in force; latest {identifier} from {sender}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحدّث {count} إنذارًا ساريًا؛ الأحدث {identifier} من {sender}.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشر</translation>
    </message>
</context>
<context>
    <name>WarningsIndicator</name>
    <message>
        <source>⚠ 1 alert with warnings</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ تنبيه واحد مع تحذيرات</translation>
    </message>
    <message>
        <source>⚠ {n} alerts with warnings</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ {n} تنبيهات مع تحذيرات</translation>
    </message>
    <message>
        <source>{n} of the alerts shown were accepted although they break a rule of the CAP standard (for example an empty area or a missing reference). They are complete enough to act on. Each one shows ⚠ and its number of warnings in the queue&apos;s Type column; select it to read what was unusual in the detail pane.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قُبل {n} من التنبيهات المعروضة رغم مخالفتها قاعدة من معيار CAP (مثل منطقة فارغة أو مرجع مفقود). وهي مكتملة بما يكفي للتصرف. يظهر على كل منها ⚠ وعدد تحذيراته في عمود النوع بالقائمة؛ اخترها لقراءة ما هو غير معتاد في جزء التفاصيل.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;View</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">&amp;عرض</translation>
    </message>
    <message>
        <source>Text size</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حجم النص</translation>
    </message>
    <message>
        <source>Incident Desk — EXERCISE {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — تمرين {id}</translation>
    </message>
    <message>
        <source>Incident Desk — REAL</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">Incident Desk — حقيقي</translation>
    </message>
    <message>
        <source>EXERCISE – {id}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تمرين – {id}</translation>
    </message>
    <message>
        <source>You left the exercise: real traffic only.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غادرت التمرين: الحركة الحقيقية فقط.</translation>
    </message>
    <message>
        <source>{n} alarm(s) are active and unacknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{n} إنذار نشط دون إقرار</translation>
    </message>
    <message>
        <source>this console runs the drill&apos;s controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وحدة التحكم هذه تدير التمرين</translation>
    </message>
    <message>
        <source>Quit Incident Desk</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنهاء Incident Desk</translation>
    </message>
    <message>
        <source>Quit although {reasons}? Alerts keep arriving for the other consoles.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإنهاء رغم أن {reasons}؟ تستمر التنبيهات في الوصول إلى وحدات التحكم الأخرى.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إنهاء</translation>
    </message>
</context>
<context>
    <name>aar</name>
    <message>
        <source>no checkable expectation (evaluator&apos;s judgement)</source>
        <extracomment>an ad-hoc inject (sent by the controller during play, not in the MSEL file) ``expect_text`` and ``remarks`` as messages (``_aar_text``): the HTML page renders them in the reader&apos;s language; the JSON leaves them out (it has the English texts) why it was not sent, as a message (one of ``remark_msgs``): the HTML page&apos;s &quot;sent&quot; cell says it; None when it went out ``text`` as a message for the reader&apos;s language (an inject&apos;s line, a timeline entry written as a message id); None: ``text`` is data (a headline) or free text</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توقّع قابل للتحقق (تقدير المقيّم)</translation>
    </message>
    <message>
        <source>the inject&apos;s alert is not in the store</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تنبيه المُدخل غير موجود في قاعدة البيانات</translation>
    </message>
    <message>
        <source>no checkable expectation: evaluator&apos;s judgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توقّع قابل للتحقق: تقدير المقيّم</translation>
    </message>
    <message>
        <source>a non-CAP inject cannot be acknowledged or linked automatically</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن إقرار مُدخل غير CAP أو ربطه تلقائياً</translation>
    </message>
    <message>
        <source>the inject is not in the store: nothing to measure from</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المُدخل غير موجود في قاعدة البيانات: لا شيء يُقاس منه</translation>
    </message>
    <message>
        <source>incident {keys} was only created automatically from the CAP incident key: no operator action on it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث {keys} أُنشئ تلقائياً فقط من مفتاح حادث CAP: لا إجراء من المشغّل عليه</translation>
    </message>
    <message>
        <source>expect lists no action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يذكر expect أي إجراء</translation>
    </message>
    <message>
        <source>ad-hoc inject {number} at {offset}: {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُدخل مخصص {number} عند {offset}: {action}</translation>
    </message>
    <message>
        <source>inject {number} at {offset}: {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المُدخل {number} عند {offset}: {action}</translation>
    </message>
    <message>
        <source>assignment of {unit}</source>
        <extracomment>the catalog context of the report&apos;s texts</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تكليف {unit}</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإقرار</translation>
    </message>
    <message>
        <source>incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث</translation>
    </message>
    <message>
        <source>no {action}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا {action}</translation>
    </message>
    <message>
        <source>{action} already done by {by} before the inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} نُفّذ مسبقاً من {by} قبل المُدخل</translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock): later than {within}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} من {by} بعد {delay} من المُدخل (وقت التمرين؛ {wall} بالساعة الفعلية): متأخر عن {within}</translation>
    </message>
    <message>
        <source>{action} by {by} {delay} after the inject (exercise time; {wall} wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{action} من {by} بعد {delay} من المُدخل (وقت التمرين؛ {wall} بالساعة الفعلية)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{first} و{second}</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{first} و{second} و{third}</translation>
    </message>
    <message>
        <source>acknowledge the alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إقرار التنبيه</translation>
    </message>
    <message>
        <source>open or take up an incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فتح حادث أو تولّيه</translation>
    </message>
    <message>
        <source>assign {unit}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تكليف {unit}</translation>
    </message>
    <message>
        <source>no action listed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا إجراء مذكور</translation>
    </message>
    <message>
        <source>{actions}, within {within} of exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{actions}، خلال {within} من وقت التمرين</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>the report&apos;s fixed words: verdicts, inject kinds, timeline origins, clock sources</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متحقق</translation>
    </message>
    <message>
        <source>not met</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير متحقق</translation>
    </message>
    <message>
        <source>not observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُرصد</translation>
    </message>
    <message>
        <source>cap</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وحدة</translation>
    </message>
    <message>
        <source>text</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نص</translation>
    </message>
    <message>
        <source>scenario</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السيناريو</translation>
    </message>
    <message>
        <source>alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تنبيه</translation>
    </message>
    <message>
        <source>ack</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إقرار</translation>
    </message>
    <message>
        <source>timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السجل الزمني</translation>
    </message>
    <message>
        <source>controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المتحكّم</translation>
    </message>
    <message>
        <source>injects</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المُدخلات</translation>
    </message>
    <message>
        <source>speed only</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السرعة فقط</translation>
    </message>
    <message>
        <source>alarms raised</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإنذارات المُطلقة</translation>
    </message>
    <message>
        <source>time in alarm flood</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوقت في فيض الإنذارات</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُقرّة</translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">زمن الإقرار (المتوسط / الوسيط)، وقت التمرين</translation>
    </message>
    <message>
        <source>time to acknowledge (mean / median), wall clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">زمن الإقرار (المتوسط / الوسيط)، الساعة الفعلية</translation>
    </message>
    <message>
        <source>standing (still active) / stale</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قائمة (ما زالت نشطة) / متقادمة</translation>
    </message>
    <message>
        <source>shelved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مؤجلة</translation>
    </message>
    <message>
        <source>by priority 1 / 2 / 3 / 4</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حسب الأولوية 1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإنذارات</translation>
    </message>
    <message>
        <source>CAP inject</source>
        <extracomment>the report&apos;s own timeline kinds (an inject of the MSEL, a CAP message in the store, a control event of the controller) in words; the store&apos;s kinds are in ``timeline_kinds``</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُدخل CAP</translation>
    </message>
    <message>
        <source>text inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُدخل نصي</translation>
    </message>
    <message>
        <source>unit inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مُدخل وحدة</translation>
    </message>
    <message>
        <source>CAP alert</source>
        <translation type="unfinished">تنبيه CAP</translation>
    </message>
    <message>
        <source>CAP update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحديث CAP</translation>
    </message>
    <message>
        <source>CAP cancel</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إلغاء CAP</translation>
    </message>
    <message>
        <source>CAP acknowledgement</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إقرار CAP</translation>
    </message>
    <message>
        <source>CAP error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خطأ CAP</translation>
    </message>
    <message>
        <source>STARTEX</source>
        <translation type="unfinished">STARTEX</translation>
    </message>
    <message>
        <source>pause</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إيقاف مؤقت</translation>
    </message>
    <message>
        <source>resume</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استئناف</translation>
    </message>
    <message>
        <source>NO DUFF</source>
        <translation type="unfinished">NO DUFF</translation>
    </message>
    <message>
        <source>clock change</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تغيير الساعة</translation>
    </message>
    <message>
        <source>ENDEX</source>
        <translation type="unfinished">ENDEX</translation>
    </message>
    <message>
        <source>control</source>
        <extracomment>the timeline&apos;s origin of a control event (the others are ``_aar_text.WORDS``)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إدارة التمرين</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation type="unfinished">إدارة التمرين</translation>
    </message>
    <message>
        <source>After-action report {exercise}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تقرير ما بعد العمل {exercise}</translation>
    </message>
    <message>
        <source>delays in exercise time (run speed ×{speed}; clock from {clock})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التأخيرات بوقت التمرين (سرعة التشغيل ×{speed}؛ الساعة من {clock})</translation>
    </message>
    <message>
        <source>generated {time} · met {met} · not met {not_met} · not observed {unseen}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنشئ {time} · متحقق {met} · غير متحقق {not_met} · لم يُرصد {unseen}</translation>
    </message>
    <message>
        <source>planned (exercise time)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المخطط (زمن التمرين)</translation>
    </message>
    <message>
        <source>sent (exercise time)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُرسل (وقت التمرين)</translation>
    </message>
    <message>
        <source>kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <extracomment>the mark of an ad-hoc inject in the Injects table</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مخصص</translation>
    </message>
    <message>
        <source>alarms per 10 wall-clock minutes (average / peak)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإنذارات لكل 10 دقائق بالساعة الفعلية (المتوسط / الذروة)</translation>
    </message>
    <message>
        <source>from → to</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">من ← إلى</translation>
    </message>
    <message>
        <source>expected action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الإجراء المتوقع</translation>
    </message>
    <message>
        <source>expectation</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التوقّع</translation>
    </message>
    <message>
        <source>observed (who, how late)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المرصود (من، وبأي تأخير)</translation>
    </message>
    <message>
        <source>verdict</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحكم</translation>
    </message>
    <message>
        <source>notes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>exercise time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وقت التمرين</translation>
    </message>
    <message>
        <source>wall clock</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الساعة الفعلية</translation>
    </message>
    <message>
        <source>origin</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <source>who</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <source>inject</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المُدخل</translation>
    </message>
    <message>
        <source>Injects: expected and observed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المُدخلات: المتوقع والمرصود</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">السجل الزمني</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{seconds} ث</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{days} ي {hours} س</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <source>not sent (ENDEX at {time})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُرسل (ENDEX عند {time})</translation>
    </message>
    <message>
        <source>not sent: skipped by a jump of the controller</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُرسل: تُخطّي عند انتقال أجراه المتحكّم</translation>
    </message>
    <message>
        <source>not sent: a contingency inject never fired</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُرسل: مُدخل احتياطي لم يُطلق قط</translation>
    </message>
    <message>
        <source>not sent: publishing it failed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُرسل: فشل نشره</translation>
    </message>
    <message>
        <source>not sent</source>
        <extracomment>the Injects table&apos;s &quot;sent&quot; cell of an inject that never went out, when no run log says why</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُرسل</translation>
    </message>
    <message>
        <source>STARTEX: play starts at speed {speed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">STARTEX: يبدأ التمرين بسرعة {speed}</translation>
    </message>
    <message>
        <source>PAUSE: the exercise clock is held at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إيقاف مؤقت: ساعة التمرين متوقفة عند {time}</translation>
    </message>
    <message>
        <source>NO DUFF: the exercise clock is held at {time} for a real-world event</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF: ساعة التمرين متوقفة عند {time} بسبب حدث حقيقي</translation>
    </message>
    <message>
        <source>RESUME: play continues after {held} held (wall clock)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استئناف: يتواصل التمرين بعد توقف دام {held} (الساعة الفعلية)</translation>
    </message>
    <message>
        <source>RESUME: play continues</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استئناف: يتواصل التمرين</translation>
    </message>
    <message>
        <source>ENDEX: play ends at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ENDEX: ينتهي التمرين عند {time}</translation>
    </message>
    <message>
        <source>clock set: exercise time {time}, speed {speed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ضُبطت الساعة: وقت التمرين {time}، السرعة {speed}</translation>
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
        <translation type="unfinished">{callsign}: {status} عند {position}</translation>
    </message>
    <message>
        <source>{callsign}: {status}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign}: {status}</translation>
    </message>
    <message>
        <source>Handover proposal to {to} expired unanswered; command stays with {holder}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انتهت مهلة مقترح التسليم إلى {to} دون رد؛ تبقى القيادة لدى {holder}</translation>
    </message>
    <message>
        <source>Acknowledged {identifier} from {sender}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم الإقرار بـ {identifier} من {sender}</translation>
    </message>
    <message>
        <source>Update published for incident {key}: {identifier}, {areas} areas</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نُشر تحديث للحادث {key}: {identifier}، {areas} مناطق</translation>
    </message>
    <message>
        <source>Created incident {key} from alert {identifier} of {sender}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنشئ الحادث {key} من التنبيه {identifier} الصادر عن {sender}: {title}</translation>
    </message>
    <message>
        <source>Created incident {key} at {position}: {title}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنشئ الحادث {key} عند {position}: {title}</translation>
    </message>
    <message>
        <source>Attached alert {identifier} of {sender}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُلحق التنبيه {identifier} الصادر عن {sender}</translation>
    </message>
    <message>
        <source>Merged incident {key} into this one ({n} alert(s) moved)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دُمج الحادث {key} في هذا الحادث (نُقل {n} تنبيه)</translation>
    </message>
    <message>
        <source>Merged into incident {key} and closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دُمج في الحادث {key} وأُغلق</translation>
    </message>
    <message>
        <source>Status {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة {old} ← {new}</translation>
    </message>
    <message>
        <source>by CAP incident id {key}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بمعرّف الحادث في CAP {key}</translation>
    </message>
    <message>
        <source>by its references</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بمراجعه</translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how} into the closed incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جُمّع التنبيه {identifier} الصادر عن {sender} ({type}) {how} في الحادث المغلق</translation>
    </message>
    <message>
        <source>Alert {identifier} of {sender} ({type}) grouped {how}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جُمّع التنبيه {identifier} الصادر عن {sender} ({type}) {how}</translation>
    </message>
    <message>
        <source>All alerts cancelled: incident {key} stays {status} until an operator closes it</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُلغيت كل التنبيهات: يبقى الحادث {key} {status} حتى يغلقه أحد المشغلين</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>the catalog context of every core message words the core passes as arguments (:func:`word`): incident and unit states. Listed here so that ``pyside6-lupdate`` puts them in the catalog.</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جديد</translation>
    </message>
    <message>
        <source>active</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نشط</translation>
    </message>
    <message>
        <source>contained</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">محتوى</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مغلق</translation>
    </message>
    <message>
        <source>available</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متاحة</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكلّفة</translation>
    </message>
    <message>
        <source>en_route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الطريق</translation>
    </message>
    <message>
        <source>on_scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الموقع</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خارج الخدمة</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الطريق</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الموقع</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنهي التكليف</translation>
    </message>
    <message>
        <source>not taking part</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير مشاركة</translation>
    </message>
    <message>
        <source>alerted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تم إبلاغها</translation>
    </message>
    <message>
        <source>standing_by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في وضع الاستعداد</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أنهت المشاركة</translation>
    </message>
    <message>
        <source>unable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير قادرة</translation>
    </message>
    <message>
        <source>position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منصب</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فرع</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قطاع</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مجموعة</translation>
    </message>
    <message>
        <source>strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فريق تدخل</translation>
    </message>
    <message>
        <source>task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قوة مهام</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تجميع</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">توقيع غير صالح</translation>
    </message>
    <message>
        <source>BAD SIGNATURE: the alert was changed after it was signed, or the signature is broken. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">توقيع غير صالح: عُدّل التنبيه بعد توقيعه، أو أن التوقيع تالف. تحقّق عبر قناة أخرى قبل التصرف بناءً عليه.</translation>
    </message>
    <message>
        <source>⛔ BAD SIGNATURE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⛔ توقيع غير صالح</translation>
    </message>
    <message>
        <source>signer ≠ topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الموقّع ≠ الموضوع</translation>
    </message>
    <message>
        <source>SIGNED BY ANOTHER AGENCY: a trusted agency signed it, but not the agency whose topic carried it. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موقّع من جهة أخرى: وقّعته جهة موثوقة، لكنها ليست الجهة التي نقله موضوعها. تحقّق عبر قناة أخرى قبل التصرف بناءً عليه.</translation>
    </message>
    <message>
        <source>⛔ signer ≠ topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⛔ الموقّع ≠ الموضوع</translation>
    </message>
    <message>
        <source>could not check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر التحقق</translation>
    </message>
    <message>
        <source>Could not check the signature: a fault in this console stopped the check (it is logged). Nothing is known about who sent it. Confirm by another channel before acting on it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر التحقق من التوقيع: أوقف عطل في وحدة التحكم هذه عملية التحقق (سُجّل). لا يُعرف شيء عن المُرسِل. تحقّق عبر قناة أخرى قبل التصرف بناءً عليه.</translation>
    </message>
    <message>
        <source>⚠ could not check</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ تعذّر التحقق</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موقّع غير معروف</translation>
    </message>
    <message>
        <source>Signed, but by a signer this console does not trust (not in the trust store).</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موقّع، لكن من موقّع لا تثق به وحدة التحكم هذه (غير موجود في مخزن الثقة).</translation>
    </message>
    <message>
        <source>⚠ unknown signer</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ موقّع غير معروف</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير موقّع</translation>
    </message>
    <message>
        <source>Not signed: nothing proves which agency sent it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير موقّع: لا شيء يثبت أي جهة أرسلته.</translation>
    </message>
    <message>
        <source>⚠ unsigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">⚠ غير موقّع</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُتحقق منه</translation>
    </message>
    <message>
        <source>Not checked: stored before this console checked signatures.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُتحقق منه: خُزّن قبل أن تتحقق وحدة التحكم هذه من التواقيع.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">✔ موثّق</translation>
    </message>
    <message>
        <source>Verified: the signature matches and the signer may publish on this topic.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موثّق: التوقيع مطابق ويحق للموقّع النشر على هذا الموضوع.</translation>
    </message>
    <message>
        <source>{label} by {signer}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{label} من {signer}</translation>
    </message>
    <message>
        <source>the alert is not signed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التنبيه غير موقَّع</translation>
    </message>
    <message>
        <source>no signature can be checked: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن التحقق من أي توقيع: {reason}</translation>
    </message>
    <message>
        <source>the root is not a CAP alert</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العنصر الجذر ليس تنبيه CAP</translation>
    </message>
    <message>
        <source>the document holds {count} signatures</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عدد التواقيع في المستند: {count}</translation>
    </message>
    <message>
        <source>the signature is not the last child of &lt;alert&gt;</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التوقيع ليس آخر عنصر فرعي في &lt;alert&gt;</translation>
    </message>
    <message>
        <source>the signature must have one reference covering the alert (URI=&quot;&quot;)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يجب أن يكون للتوقيع مرجع واحد يشمل التنبيه كله (URI=&quot;&quot;)</translation>
    </message>
    <message>
        <source>the signature has an empty {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في التوقيع عنصر {element} فارغ</translation>
    </message>
    <message>
        <source>the signature carries no readable certificate in KeyInfo/X509Data</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يحمل التوقيع شهادة مقروءة في KeyInfo/X509Data</translation>
    </message>
    <message>
        <source>the signature does not match the alert: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التوقيع لا يطابق التنبيه: {reason}</translation>
    </message>
    <message>
        <source>valid signature by an unknown signer: {why}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">توقيع صالح من موقّع غير معروف: {why}</translation>
    </message>
    <message>
        <source>signed by {signer} but received on {topic}&apos;s topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موقّع من {signer} لكنه ورد على موضوع {topic}</translation>
    </message>
    <message>
        <source>signed by {signer} ({why})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موقّع من {signer} ({why})</translation>
    </message>
    <message>
        <source>no trust store configured</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يُهيَّأ مخزن ثقة</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر التحقق من التوقيع</translation>
    </message>
    <message>
        <source>the signature could not be checked: a fault in this console ({error}; see the log); treat the alert as unverified</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر التحقق من التوقيع: عطل في وحدة التحكم هذه ({error}؛ راجع السجل)؛ تعامل مع التنبيه على أنه غير موثّق</translation>
    </message>
    <message>
        <source>signing certificate {subject} is not valid now (valid {start} to {end})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">شهادة التوقيع {subject} غير صالحة الآن (صالحة من {start} إلى {end})</translation>
    </message>
    <message>
        <source>signing certificate {subject} is not allowed to sign (key usage)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">شهادة التوقيع {subject} غير مسموح لها بالتوقيع (استخدام المفتاح)</translation>
    </message>
    <message>
        <source>{subject} is issued by {ca} but its CN is no agency id</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الشهادة {subject} صادرة عن سلطة التصديق في {ca}، لكن CN فيها ليس معرّف جهة</translation>
    </message>
    <message>
        <source>issued by the CA in {ca}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">شهادته صادرة عن سلطة التصديق في {ca}</translation>
    </message>
    <message>
        <source>pinned in {entry}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">شهادته مثبّتة في {entry}</translation>
    </message>
    <message>
        <source>{subject} is not in the trust store and not issued by a trusted CA</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الشهادة {subject} ليست في مخزن الثقة ولم تصدر عن سلطة تصديق موثوقة</translation>
    </message>
    <message>
        <source>the alert is not what was signed (its digest differs)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التنبيه ليس ما وُقّع (قيمة التجزئة مختلفة)</translation>
    </message>
    <message>
        <source>the signature does not begin with SignedInfo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يبدأ التوقيع بـ SignedInfo</translation>
    </message>
    <message>
        <source>the signature has no SignatureValue after SignedInfo</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد SignatureValue بعد SignedInfo في التوقيع</translation>
    </message>
    <message>
        <source>the signature holds an element XML-DSig does not allow there</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحتوي التوقيع على عنصر لا يسمح به XML-DSig في هذا الموضع</translation>
    </message>
    <message>
        <source>{element} holds {count} elements; the profile has {expected}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">عدد العناصر في {element}: {count}؛ والملف التعريفي يحدد {expected}</translation>
    </message>
    <message>
        <source>the canonicalisation method {algorithm} is not one this console checks</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طريقة التحويل إلى الصيغة القياسية {algorithm} ليست مما تتحقق منه وحدة التحكم هذه</translation>
    </message>
    <message>
        <source>the canonicalisation method holds an unexpected {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحتوي طريقة التحويل إلى الصيغة القياسية على عنصر {element} غير متوقع</translation>
    </message>
    <message>
        <source>the reference&apos;s transform {algorithm} is not one this console checks</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التحويل {algorithm} في المرجع ليس مما تتحقق منه وحدة التحكم هذه</translation>
    </message>
    <message>
        <source>the reference&apos;s transform holds an unexpected {element}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحتوي التحويل في المرجع على عنصر {element} غير متوقع</translation>
    </message>
    <message>
        <source>SignedInfo&apos;s second element is not a plain SignatureMethod</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العنصر الثاني في SignedInfo ليس SignatureMethod بسيطًا</translation>
    </message>
    <message>
        <source>the signature method {algorithm} is not accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طريقة التوقيع {algorithm} غير مقبولة</translation>
    </message>
    <message>
        <source>the reference is not Transforms, DigestMethod, DigestValue</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يتألّف المرجع من Transforms ثم DigestMethod ثم DigestValue</translation>
    </message>
    <message>
        <source>the reference&apos;s transforms are not enveloped-signature and c14n</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحويلات المرجع ليست enveloped-signature وc14n</translation>
    </message>
    <message>
        <source>the reference&apos;s first transform is not enveloped-signature</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التحويل الأول في المرجع ليس enveloped-signature</translation>
    </message>
    <message>
        <source>the digest method {algorithm} is not accepted</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طريقة التجزئة {algorithm} غير مقبولة</translation>
    </message>
    <message>
        <source>the alert cannot be canonicalised (a relative namespace URI?)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن تحويل التنبيه إلى الصيغة القياسية (URI نسبي لفضاء أسماء؟)</translation>
    </message>
    <message>
        <source>the {element} is not base64</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">محتوى {element} ليس بترميز base64</translation>
    </message>
    <message>
        <source>an ECDSA signature, but the certificate holds no EC key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">توقيع ECDSA، لكن الشهادة لا تحتوي على مفتاح EC</translation>
    </message>
    <message>
        <source>the SignatureValue has {count} bytes, not {expected}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طول SignatureValue هو {count} بايت بدلًا من {expected}</translation>
    </message>
    <message>
        <source>an RSA signature, but the certificate holds no RSA key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">توقيع RSA، لكن الشهادة لا تحتوي على مفتاح RSA</translation>
    </message>
    <message>
        <source>the SignatureValue does not verify with the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يجتاز SignatureValue التحقق بمفتاح الشهادة</translation>
    </message>
    <message>
        <source>KeyInfo holds a KeyValue that is not the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحتوي KeyInfo على KeyValue ليس مفتاح الشهادة</translation>
    </message>
    <message>
        <source>KeyInfo holds a DER key that is not the certificate&apos;s key</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحتوي KeyInfo على مفتاح DER ليس مفتاح الشهادة</translation>
    </message>
    <message>
        <source>{event} by {author} refused: {reason}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفض {event} من {author}: {reason}</translation>
    </message>
    <message>
        <source>Single command established: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنشئت قيادة منفردة: {names}</translation>
    </message>
    <message>
        <source>Unified command established: {names}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنشئت قيادة موحّدة: {names}</translation>
    </message>
    <message>
        <source>Handover proposal to {old} superseded by a newer proposal to {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُبدل مقترح التسليم إلى {old} بمقترح أحدث إلى {new}</translation>
    </message>
    <message>
        <source>{origin} proposes to hand over command to {target}, effective {effective}; answer by {expires}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تقترح {origin} تسليم القيادة إلى {target} اعتبارًا من {effective}؛ الرد قبل {expires}</translation>
    </message>
    <message>
        <source>{target} accepted command from {origin}: {name} is incident commander from {effective}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قبلت {target} القيادة من {origin}: {name} قائد الحادث اعتبارًا من {effective}</translation>
    </message>
    <message>
        <source>{target} refused command from {origin} ({reason}); command stays</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رفضت {target} القيادة من {origin} ({reason})؛ تبقى القيادة كما هي</translation>
    </message>
    <message>
        <source>Command closed by {who}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أغلقت {who} القيادة</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place} at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كُلّف {name} بـ{kind} {element}: {work}؛ الحضور إلى {place} في {time}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}; report to {place}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كُلّف {name} بـ{kind} {element}: {work}؛ الحضور إلى {place}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work} at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كُلّف {name} بـ{kind} {element}: {work} في {time}</translation>
    </message>
    <message>
        <source>{name} assigned to {kind} {element}: {work}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كُلّف {name} بـ{kind} {element}: {work}</translation>
    </message>
    <message>
        <source>{name} ({element}): {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} ({element}): {old} ← {new}</translation>
    </message>
    <message>
        <source>{who}: {old} → {new} ({note})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who}: {old} ← {new} ({note})</translation>
    </message>
    <message>
        <source>{who}: {old} → {new}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{who}: {old} ← {new}</translation>
    </message>
    <message>
        <source>Not well-formed XML: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">XML غير سليم البنية: {detail}</translation>
    </message>
    <message>
        <source>Too large: {size} bytes, over the limit of {limit} bytes</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">كبير جداً: {size} بايت، يتجاوز الحد البالغ {limit} بايت</translation>
    </message>
    <message>
        <source>Empty payload</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حمولة فارغة</translation>
    </message>
    <message>
        <source>Refused for safety: the XML declares a DOCTYPE</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفض حفاظاً على الأمان: يصرّح XML عن DOCTYPE</translation>
    </message>
    <message>
        <source>Refused for safety: XML nested deeper than {limit} levels</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رُفض حفاظاً على الأمان: XML متداخل لأكثر من {limit} مستوى</translation>
    </message>
    <message>
        <source>Not a CAP 1.2 alert: the document is a {root}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ليس تنبيه CAP 1.2: المستند من نوع {root}</translation>
    </message>
    <message>
        <source>Invalid CAP</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP غير صالح</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يخالف مخطط CAP 1.2 أو قواعده: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يخالف مخطط CAP 1.2 أو قواعده في {count} مواضع؛ أولها: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules on line {line}: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يخالف مخطط CAP 1.2 أو قواعده في السطر {line}: {detail}</translation>
    </message>
    <message>
        <source>Breaks the CAP 1.2 schema or rules in {count} places; the first, on line {line}: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يخالف مخطط CAP 1.2 أو قواعده في {count} مواضع؛ أولها في السطر {line}: {detail}</translation>
    </message>
    <message>
        <source>Signature check failed ({state}): {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فشل التحقق من التوقيع ({state}): {detail}</translation>
    </message>
    <message>
        <source>invalid unit event: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حدث وحدة غير صالح: {detail}</translation>
    </message>
    <message>
        <source>invalid command event: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حدث قيادة غير صالح: {detail}</translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: CAP status {status} on the {mode} topic (needs {needed})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خلط بين التمرين والحركة الحقيقية: حالة CAP {status} على موضوع {mode} (المطلوب {needed})</translation>
    </message>
    <message>
        <source>Exercise alert without its exercise id in note (expected {exercise})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تنبيه تمرين دون معرّف التمرين في note (المتوقع {exercise})</translation>
    </message>
    <message>
        <source>Exercise id {found} in note differs from the topic&apos;s {exercise}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">معرّف التمرين {found} في note يختلف عن معرّف الموضوع {exercise}</translation>
    </message>
    <message>
        <source>Topic not in the Incident Desk scheme: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">موضوع خارج مخطط Incident Desk: {detail}</translation>
    </message>
    <message>
        <source>{type} on an ack topic: only CAP Ack belongs there</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{type} على موضوع إقرارات: لا يوضع هناك إلا CAP Ack</translation>
    </message>
    <message>
        <source>CAP Ack on an alert topic: acks go on the agency&apos;s ack topic</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">CAP Ack على موضوع تنبيهات: الإقرارات تُرسل على موضوع إقرارات الجهة</translation>
    </message>
    <message>
        <source>Exercise and real traffic mixed: {detail}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خلط بين التمرين والحركة الحقيقية: {detail}</translation>
    </message>
    <message>
        <source>command is already established ({mode}); propose a transfer</source>
        <extracomment>the refusals the operator meets most: command, handover, assignments, acknowledge, incidents, the exercise clock. Order matters: the first that matches wins.</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">القيادة قائمة بالفعل ({mode})؛ اقترح تسليماً</translation>
    </message>
    <message>
        <source>command needs at least one incident commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحتاج القيادة إلى قائد حادث واحد على الأقل</translation>
    </message>
    <message>
        <source>single command has exactly one incident commander</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">للقيادة المنفردة قائد حادث واحد بالضبط</translation>
    </message>
    <message>
        <source>unified command has one incident commander per agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">للقيادة الموحّدة قائد حادث واحد لكل جهة</translation>
    </message>
    <message>
        <source>there is no open command to hand over</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد قيادة مفتوحة لتسليمها</translation>
    </message>
    <message>
        <source>there is no open command to close</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد قيادة مفتوحة لإغلاقها</translation>
    </message>
    <message>
        <source>{agency} is not in command of this incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{agency} ليست في قيادة هذا الحادث</translation>
    </message>
    <message>
        <source>{agency} is already in command</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{agency} في القيادة بالفعل</translation>
    </message>
    <message>
        <source>command was closed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُغلقت القيادة</translation>
    </message>
    <message>
        <source>the proposal it answers was refused or is unknown</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الاقتراح الذي يجيب عنه رُفض أو غير معروف</translation>
    </message>
    <message>
        <source>only a console of {agency} may answer this proposal, not {other}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يجيب عن هذا الاقتراح إلا وحدة تحكم تابعة لـ {agency}، لا {other}</translation>
    </message>
    <message>
        <source>the proposal was already answered: lost to {answer} by {author}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">سبقت الإجابة عن الاقتراح: سبقه {answer} من {author}</translation>
    </message>
    <message>
        <source>the proposal was superseded by a newer one</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُبدل الاقتراح باقتراح أحدث</translation>
    </message>
    <message>
        <source>the proposal expired at {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انتهت صلاحية الاقتراح في {time}</translation>
    </message>
    <message>
        <source>the answer deadline (expires_at) must be in the future</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يجب أن تكون مهلة الإجابة (expires_at) في المستقبل</translation>
    </message>
    <message>
        <source>a handover cannot take effect in the past</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن أن يسري التسليم في الماضي</translation>
    </message>
    <message>
        <source>a refusal gives its reason</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يجب أن يذكر الرفض سببه</translation>
    </message>
    <message>
        <source>there is no handover proposal {proposal}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد اقتراح تسليم {proposal}</translation>
    </message>
    <message>
        <source>an assignment names a unit or a person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحدد التكليف وحدةً أو شخصاً</translation>
    </message>
    <message>
        <source>an assignment names either a unit or a person</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحدد التكليف إما وحدةً أو شخصاً</translation>
    </message>
    <message>
        <source>the assignment it changes does not exist</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التكليف الذي يعدّله غير موجود</translation>
    </message>
    <message>
        <source>there is no unit {unit} in the directory</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا توجد وحدة {unit} في الدليل</translation>
    </message>
    <message>
        <source>there is no assignment {assignment}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد تكليف {assignment}</translation>
    </message>
    <message>
        <source>{callsign} is out of service</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{callsign} خارج الخدمة</translation>
    </message>
    <message>
        <source>name the incident (its CAP incident key)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">سمِّ الحادث (مفتاح حادث CAP الخاص به)</translation>
    </message>
    <message>
        <source>the assignment is already {current}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التكليف بالفعل: {current}</translation>
    </message>
    <message>
        <source>the assignment is {current}: that is final, it cannot go to {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التكليف: {current}؛ وهذا نهائي، لا يمكن أن ينتقل إلى: {target}</translation>
    </message>
    <message>
        <source>the assignment cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن أن ينتقل التكليف من {current} إلى {target}؛ ومن {current} يمكن أن ينتقل إلى: {allowed}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation is already {current}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مشاركة الجهة بالفعل: {current}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation is {current}: that is final, it cannot go to {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مشاركة الجهة: {current}؛ وهذا نهائي، لا يمكن أن تنتقل إلى: {target}</translation>
    </message>
    <message>
        <source>the agency&apos;s participation cannot go from {current} to {target}; from {current} it can go to {allowed}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن أن تنتقل مشاركة الجهة من {current} إلى {target}؛ ومن {current} يمكن أن تنتقل إلى: {allowed}</translation>
    </message>
    <message>
        <source>an agency not yet taking part is first alerted, it cannot start as {target}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الجهة غير المشاركة بعد تُنبَّه أولاً، ولا يمكن أن تبدأ بحالة: {target}</translation>
    </message>
    <message>
        <source>no alert with id {alert}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد تنبيه بالمعرّف {alert}</translation>
    </message>
    <message>
        <source>a CAP {type} is not itself acknowledged</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يُقرّ CAP {type} بحد ذاته</translation>
    </message>
    <message>
        <source>Incident {key} is closed: reopen it to {doing}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث {key} مغلق: أعد فتحه من أجل {doing}.</translation>
    </message>
    <message>
        <source>Alert {alert} already belongs to incident {key}.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التنبيه {alert} ينتمي بالفعل إلى الحادث {key}.</translation>
    </message>
    <message>
        <source>Incident {key} already exists (id {id}): attach the alert to it.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث {key} موجود بالفعل (المعرّف {id}): أرفق التنبيه به.</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">يحتاج الحادث إلى عنوان.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تحتاج الملاحظة إلى نص.</translation>
    </message>
    <message>
        <source>cannot start (STARTEX) while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن البدء (STARTEX) (حالة ساعة التمرين: {state})</translation>
    </message>
    <message>
        <source>cannot pause while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن الإيقاف المؤقت (حالة ساعة التمرين: {state})</translation>
    </message>
    <message>
        <source>cannot resume while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن الاستئناف (حالة ساعة التمرين: {state})</translation>
    </message>
    <message>
        <source>cannot ENDEX while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن ENDEX (حالة ساعة التمرين: {state})</translation>
    </message>
    <message>
        <source>cannot jump while the exercise clock is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن القفز (حالة ساعة التمرين: {state})</translation>
    </message>
    <message>
        <source>cannot step after ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن التقدّم خطوة بعد ENDEX</translation>
    </message>
    <message>
        <source>cannot jump after ENDEX</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن القفز بعد ENDEX</translation>
    </message>
    <message>
        <source>cannot fire a contingency inject while the exercise is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن إطلاق مُدخل طوارئ (حالة التمرين: {state})</translation>
    </message>
    <message>
        <source>cannot send an ad-hoc inject while the exercise is {state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يمكن إرسال مُدخل مرتجل (حالة التمرين: {state})</translation>
    </message>
    <message>
        <source>no exercise controller runs on this console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يعمل متحكّم تمرين على وحدة التحكم هذه</translation>
    </message>
    <message>
        <source>there is no such incident</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد مثل هذا الحادث</translation>
    </message>
    <message>
        <source>incident {key} was merged: publish the Update for the incident it was merged into</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">دُمج الحادث {key}: انشر التحديث للحادث الذي دُمج فيه</translation>
    </message>
    <message>
        <source>incident {key} is closed: reopen it first</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث {key} مغلق: أعد فتحه أولًا</translation>
    </message>
    <message>
        <source>incident {key} is real traffic and this console is in exercise {exercise}: a real Update is published from a console in real mode</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث {key} حقيقي وهذه الوحدة في التمرين {exercise}: يُنشر التحديث الحقيقي من وحدة في الوضع الحقيقي</translation>
    </message>
    <message>
        <source>incident {key} belongs to exercise {exercise}: its Update is published only by a console joined to that exercise</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحادث {key} تابع للتمرين {exercise}: لا يُنشر تحديثه إلا من وحدة منضمة إلى ذلك التمرين</translation>
    </message>
    <message>
        <source>no alert of incident {key} is in force (all cancelled or superseded): there is nothing to update</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لا يوجد إنذار ساري للحادث {key} (أُلغيت كلها أو استُبدلت): لا شيء لتحديثه</translation>
    </message>
    <message>
        <source>the database is not usable right now ({detail})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قاعدة البيانات غير صالحة للاستخدام حاليًا ({detail})</translation>
    </message>
    <message>
        <source>the database is {db_state}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قاعدة البيانات {db_state}</translation>
    </message>
    <message>
        <source>the database connection was lost</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انقطع الاتصال بقاعدة البيانات</translation>
    </message>
    <message>
        <source>cannot create the folder {folder} ({error})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر إنشاء المجلد {folder} ({error})</translation>
    </message>
    <message>
        <source>unreachable or read-only on every host it lists (a primary change in progress? check the servers and the network)</source>
        <extracomment>what a database can be when it cannot be used: &quot;Could not {action}: the database is …&quot; (a ``StoreError``, incident_desk/store/_engine.py, which reads the driver&apos;s error as one of these); the operator reads &quot;the database is …&quot; (the window says what it was doing)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير قابلة للوصول أو للقراءة فقط على كل المضيفين المذكورين (هل يجري تبديل الخادم الرئيسي؟ تحقّق من الخوادم والشبكة)</translation>
    </message>
    <message>
        <source>locked by another program (try again in a moment)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مقفلة من برنامج آخر (أعد المحاولة بعد لحظة)</translation>
    </message>
    <message>
        <source>on a full or failing disk</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">على قرص ممتلئ أو معطوب</translation>
    </message>
    <message>
        <source>not writable at its location</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير قابلة للكتابة في موقعها</translation>
    </message>
    <message>
        <source>unreachable (check the server and the network)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير قابلة للوصول (تحقّق من الخادم والشبكة)</translation>
    </message>
    <message>
        <source>not on that server (no database of that name: check the name in the URL)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير موجودة على هذا الخادم (لا قاعدة بيانات بهذا الاسم: تحقّق من الاسم في عنوان URL)</translation>
    </message>
    <message>
        <source>refusing the user name or password (check both in the URL and the server&apos;s access rules)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ترفض اسم المستخدم أو كلمة المرور (تحقّق منهما في عنوان URL ومن قواعد الوصول في الخادم)</translation>
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
        <translation type="unfinished">مخطط</translation>
    </message>
    <message>
        <source>running</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جارٍ</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>ended</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منتهٍ</translation>
    </message>
    <message>
        <source>Conflicting content for an existing CAP key {key} (stored alert #{kept} kept)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">محتوى متعارض لمفتاح CAP موجود {key} (أُبقي التنبيه المخزّن رقم {kept})</translation>
    </message>
    <message>
        <source>not started</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">لم يبدأ</translation>
    </message>
    <message>
        <source>stopped</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">متوقف</translation>
    </message>
    <message>
        <source>to {node}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إلى {node}</translation>
    </message>
    <message>
        <source>session resumed</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استُؤنفت الجلسة</translation>
    </message>
    <message>
        <source>new session</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جلسة جديدة</translation>
    </message>
    <message>
        <source>cannot reach the broker at {node} (not running, wrong address, blocked, or TLS failed)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تعذّر الوصول إلى الوسيط على {node} (غير مُشغَّل، أو عنوان خاطئ، أو محجوب، أو فشل TLS)</translation>
    </message>
    <message>
        <source>the broker closed the connection on our MQTT 5 CONNECT; trying MQTT 3.1.1 (some brokers speak only that)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أغلق الوسيط الاتصال عند رسالة CONNECT الخاصة بنا عبر MQTT 5؛ جارٍ تجربة MQTT 3.1.1 (بعض الوسطاء لا يدعمون سواه)</translation>
    </message>
    <message>
        <source>the broker speaks MQTT 3.1.1 only; connecting again with 3.1.1</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الوسيط يدعم MQTT 3.1.1 فقط؛ جارٍ إعادة الاتصال عبر 3.1.1</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انقطع الاتصال</translation>
    </message>
    <message>
        <source>the broker closed the connection without answering (wrong MQTT protocol version, TLS mismatch, or not an MQTT broker)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أغلق الوسيط الاتصال دون أن يرد (إصدار خاطئ من بروتوكول MQTT، أو عدم توافق في TLS، أو أنه ليس وسيط MQTT)</translation>
    </message>
    <message>
        <source>the ingest process exited unexpectedly (exit code {code})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">توقفت عملية استقبال التنبيهات على نحو غير متوقع (رمز الخروج {code})</translation>
    </message>
    <message>
        <source>{why}; next: {node}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{why}؛ العقدة التالية: {node}</translation>
    </message>
    <message>
        <source>{name} (reason code {code})</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">{name} (رمز السبب {code})</translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <extracomment>the MQTT reason names (as paho gives them) of a refused or closed connection</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خطأ غير محدد</translation>
    </message>
    <message>
        <source>Malformed packet</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حزمة غير سليمة البنية</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خطأ في البروتوكول</translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">خطأ خاص بالتنفيذ</translation>
    </message>
    <message>
        <source>Unsupported protocol version</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إصدار بروتوكول غير مدعوم</translation>
    </message>
    <message>
        <source>Client identifier not valid</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">معرّف العميل غير صالح</translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">اسم المستخدم أو كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">غير مصرّح به</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخادم غير متاح</translation>
    </message>
    <message>
        <source>Server busy</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخادم مشغول</translation>
    </message>
    <message>
        <source>Banned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">العميل محظور</translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الخادم قيد الإيقاف</translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">طريقة مصادقة غير صحيحة</translation>
    </message>
    <message>
        <source>Keep alive timeout</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انتهاء مهلة إبقاء الاتصال</translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">انتقال الجلسة إلى عميل آخر</translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">حزمة كبيرة جدًا</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تجاوز الحصة</translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">إجراء إداري</translation>
    </message>
    <message>
        <source>Use another server</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">استخدم خادمًا آخر</translation>
    </message>
    <message>
        <source>Server moved</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">نُقل الخادم</translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تجاوز معدل الاتصالات</translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بلوغ الحد الأقصى لمدة الاتصال</translation>
    </message>
    <message>
        <source>exercise clock</source>
        <extracomment>the words that mark an exercise-clock instant</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">ساعة التمرين</translation>
    </message>
    <message>
        <source>wall clock {time}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الساعة الفعلية {time}</translation>
    </message>
    <message>
        <source>SQLite (demo, temporary)</source>
        <extracomment>how often unanswered handover proposals are checked for expiry (seconds)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">SQLite (عرض توضيحي، مؤقتة)</translation>
    </message>
    <message>
        <source>NO DUFF: real {type} from {sender} ({country}/{agency}) {identifier}: {headline}</source>
        <extracomment>the sentence naming the real alert (``{type}``: a CAP message type, translated as the CAP word it is; the rest is data)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">NO DUFF: {type} حقيقي من {sender} ({country}/{agency}) {identifier}: {headline}</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>assigned</source>
        <extracomment>the words of a form&apos;s cells (assignment states, ICS element kinds)</extracomment>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكلّف</translation>
    </message>
    <message>
        <source>en route</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الطريق</translation>
    </message>
    <message>
        <source>on scene</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">في الموقع</translation>
    </message>
    <message>
        <source>released</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">أُنهي التكليف</translation>
    </message>
    <message>
        <source>position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">منصب</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فرع</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قطاع</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مجموعة</translation>
    </message>
    <message>
        <source>strike team</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">فريق تدخل</translation>
    </message>
    <message>
        <source>task force</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قوة مهام</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">تجميع</translation>
    </message>
    <message>
        <source>1. Incident name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">1. اسم الحادث</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">رقم الحادث</translation>
    </message>
    <message>
        <source>2. Operational period</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">2. الفترة العملياتية</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Incident commander(s)</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قائد (قادة) الحادث</translation>
    </message>
    <message>
        <source>9. Prepared by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">9. أعدّه</translation>
    </message>
    <message>
        <source>Assignment List</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">قائمة التكليفات</translation>
    </message>
    <message>
        <source>Branch / division / group / position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الفرع / القطاع / المجموعة / المنصب</translation>
    </message>
    <message>
        <source>Resource</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المورد</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المعرّف</translation>
    </message>
    <message>
        <source>Home agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الجهة الأصلية</translation>
    </message>
    <message>
        <source>Persons</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الأشخاص</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">جهة الاتصال</translation>
    </message>
    <message>
        <source>Work assignment</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المهمة</translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مكان الحضور</translation>
    </message>
    <message>
        <source>Report at</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وقت الحضور</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Status since</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الحالة منذ</translation>
    </message>
    <message>
        <source>3. Name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">3. الاسم</translation>
    </message>
    <message>
        <source>4. ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">4. المنصب في نظام قيادة الحوادث</translation>
    </message>
    <message>
        <source>Incident command post</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">مركز قيادة الحادث</translation>
    </message>
    <message>
        <source>5. Home agency</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">5. الجهة الأصلية</translation>
    </message>
    <message>
        <source>8. Prepared by</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">8. أعدّه</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">سجل الأنشطة</translation>
    </message>
    <message>
        <source>Date/time</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">التاريخ/الوقت</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">بواسطة</translation>
    </message>
    <message>
        <source>Console</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">وحدة التحكم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Notable activity</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">النشاط البارز</translation>
    </message>
    <message>
        <source>6. Resources assigned</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">6. الموارد المكلّفة</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>ICS position</source>
        <translatorcomment>draft: to be reviewed by a native speaker (docs/translating.md)</translatorcomment>
        <translation type="unfinished">المنصب</translation>
    </message>
</context>
</TS>
