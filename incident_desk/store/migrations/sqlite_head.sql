-- incident-desk SQLite schema at revision 0016
-- built by: make schema (incident_desk/store/_migrate.py)

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE alerts (
	id INTEGER NOT NULL, 
	sender TEXT NOT NULL, 
	identifier TEXT NOT NULL, 
	sent_text VARCHAR(64) NOT NULL, 
	sent_utc DATETIME NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	msg_type VARCHAR(16) NOT NULL, 
	scope VARCHAR(16) NOT NULL, 
	event TEXT, 
	headline TEXT, 
	severity VARCHAR(16), 
	urgency VARCHAR(16), 
	certainty VARCHAR(16), 
	categories TEXT NOT NULL, 
	incidents TEXT NOT NULL, 
	note TEXT, 
	exercise_id VARCHAR(128), 
	topic TEXT, 
	country VARCHAR(16), 
	agency VARCHAR(128), 
	received_at DATETIME NOT NULL, 
	expires_utc DATETIME, 
	raw BLOB NOT NULL, 
	parsed TEXT NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	signed BOOLEAN NOT NULL, trust_state VARCHAR(32), trust_signer VARCHAR(64), trust_detail TEXT, cap_warnings TEXT, edxl_envelope TEXT, trust_signers TEXT, 
	CONSTRAINT pk_alerts PRIMARY KEY (id), 
	CONSTRAINT uq_alerts_identifier_sender_sent_text UNIQUE (identifier, sender, sent_text)
);

CREATE TABLE quarantine (
	id INTEGER NOT NULL, 
	raw BLOB NOT NULL, 
	topic TEXT, 
	reason TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	source VARCHAR(32) NOT NULL, reason_msg TEXT, 
	CONSTRAINT pk_quarantine PRIMARY KEY (id)
);

CREATE TABLE alert_links (
	id INTEGER NOT NULL, 
	alert_id INTEGER NOT NULL, 
	ref_sender TEXT NOT NULL, 
	ref_identifier TEXT NOT NULL, 
	ref_sent VARCHAR(64) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	target_id INTEGER, 
	CONSTRAINT pk_alert_links PRIMARY KEY (id), 
	CONSTRAINT fk_alert_links_alert_id_alerts FOREIGN KEY(alert_id) REFERENCES alerts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_alert_links_target_id_alerts FOREIGN KEY(target_id) REFERENCES alerts (id) ON DELETE SET NULL
);

CREATE TABLE timeline (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor TEXT NOT NULL, 
	console TEXT, 
	kind VARCHAR(64) NOT NULL, 
	incident_id VARCHAR(128), 
	alert_id INTEGER, 
	exercise_id VARCHAR(128), 
	text TEXT NOT NULL, 
	data TEXT NOT NULL, 
	CONSTRAINT pk_timeline PRIMARY KEY (id), 
	CONSTRAINT fk_timeline_alert_id_alerts FOREIGN KEY(alert_id) REFERENCES alerts (id) ON DELETE SET NULL
);

CREATE TABLE incidents (
	id INTEGER NOT NULL, 
	"key" VARCHAR(255) NOT NULL, 
	traffic VARCHAR(160) NOT NULL, 
	title TEXT NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	severity VARCHAR(16), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	created_by TEXT NOT NULL, 
	exercise_id VARCHAR(128), 
	lat DOUBLE, 
	lon DOUBLE, 
	country VARCHAR(8), 
	merged_into INTEGER, 
	CONSTRAINT pk_incidents PRIMARY KEY (id), 
	CONSTRAINT fk_incidents_merged_into_incidents FOREIGN KEY(merged_into) REFERENCES incidents (id) ON DELETE SET NULL, 
	CONSTRAINT uq_incidents_traffic_key UNIQUE (traffic, "key")
);

CREATE TABLE incident_alerts (
	incident_id INTEGER NOT NULL, 
	alert_id INTEGER NOT NULL, 
	attached_by TEXT NOT NULL, 
	attached_at DATETIME NOT NULL, 
	CONSTRAINT pk_incident_alerts PRIMARY KEY (incident_id, alert_id), 
	CONSTRAINT fk_incident_alerts_alert_id_alerts FOREIGN KEY(alert_id) REFERENCES alerts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_incident_alerts_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
);

CREATE TABLE agencies (
	country VARCHAR(2) NOT NULL, 
	id VARCHAR(64) NOT NULL, 
	name TEXT NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	sender TEXT NOT NULL, 
	namespace TEXT NOT NULL, 
	CONSTRAINT pk_agencies PRIMARY KEY (country, id)
);

CREATE TABLE applied_events (
	id VARCHAR(128) NOT NULL, 
	traffic VARCHAR(160) NOT NULL, 
	incident_key VARCHAR(255) NOT NULL, 
	type VARCHAR(64) NOT NULL, 
	at DATETIME NOT NULL, 
	author TEXT NOT NULL, 
	console TEXT, 
	agency VARCHAR(64) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	exercise_id VARCHAR(128), 
	payload TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	outcome VARCHAR(16) NOT NULL, 
	reason TEXT, 
	written TEXT NOT NULL, 
	CONSTRAINT pk_applied_events PRIMARY KEY (id)
);

CREATE TABLE assignment_history (
	assignment_id VARCHAR(128) NOT NULL, 
	seq INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	at DATETIME NOT NULL, 
	"by" TEXT NOT NULL, 
	console TEXT, 
	event_id VARCHAR(128) NOT NULL, 
	CONSTRAINT pk_assignment_history PRIMARY KEY (assignment_id, seq)
);

CREATE TABLE assignments (
	id VARCHAR(128) NOT NULL, 
	traffic VARCHAR(160) NOT NULL, 
	incident_key VARCHAR(255) NOT NULL, 
	exercise_id VARCHAR(128), 
	unit_id VARCHAR(128), 
	callsign TEXT, 
	person TEXT, 
	agency VARCHAR(64), 
	element_kind VARCHAR(32) NOT NULL, 
	element_name TEXT NOT NULL, 
	work TEXT NOT NULL, 
	report_to TEXT, 
	report_at DATETIME, 
	status VARCHAR(16) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by TEXT NOT NULL, 
	CONSTRAINT pk_assignments PRIMARY KEY (id)
);

CREATE TABLE command_members (
	traffic VARCHAR(160) NOT NULL, 
	incident_key VARCHAR(255) NOT NULL, 
	seq INTEGER NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	agency VARCHAR(64) NOT NULL, 
	name TEXT NOT NULL, 
	tier VARCHAR(16) NOT NULL, 
	tier_label TEXT NOT NULL, 
	since DATETIME NOT NULL, 
	until DATETIME, 
	CONSTRAINT pk_command_members PRIMARY KEY (traffic, incident_key, seq)
);

CREATE TABLE commands (
	traffic VARCHAR(160) NOT NULL, 
	incident_key VARCHAR(255) NOT NULL, 
	exercise_id VARCHAR(128), 
	mode VARCHAR(16) NOT NULL, 
	open INTEGER NOT NULL, 
	established_at DATETIME NOT NULL, 
	closed_at DATETIME, 
	CONSTRAINT pk_commands PRIMARY KEY (traffic, incident_key)
);

CREATE TABLE handover_proposals (
	id VARCHAR(128) NOT NULL, 
	traffic VARCHAR(160) NOT NULL, 
	incident_key VARCHAR(255) NOT NULL, 
	exercise_id VARCHAR(128), 
	from_country VARCHAR(2) NOT NULL, 
	from_agency VARCHAR(64) NOT NULL, 
	from_console TEXT, 
	to_country VARCHAR(2) NOT NULL, 
	to_agency VARCHAR(64) NOT NULL, 
	to_console TEXT, 
	brief TEXT NOT NULL, 
	proposed_at DATETIME NOT NULL, 
	proposed_by TEXT NOT NULL, 
	expires_at DATETIME NOT NULL, 
	effective_at DATETIME NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	answered_by TEXT, 
	answered_at DATETIME, 
	reason TEXT, 
	CONSTRAINT pk_handover_proposals PRIMARY KEY (id)
);

CREATE TABLE participation (
	traffic VARCHAR(160) NOT NULL, 
	incident_key VARCHAR(255) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	agency VARCHAR(64) NOT NULL, 
	exercise_id VARCHAR(128), 
	state VARCHAR(16) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	history TEXT NOT NULL, 
	CONSTRAINT pk_participation PRIMARY KEY (traffic, incident_key, country, agency)
);

CREATE TABLE units (
	traffic VARCHAR(160) NOT NULL, 
	id VARCHAR(128) NOT NULL, 
	callsign TEXT NOT NULL, 
	agency VARCHAR(64) NOT NULL, 
	country VARCHAR(2), 
	kind VARCHAR(32) NOT NULL, 
	size INTEGER, 
	contact TEXT, 
	status VARCHAR(32), 
	lat DOUBLE, 
	lon DOUBLE, 
	status_at DATETIME, 
	exercise_id VARCHAR(128), position_source TEXT, position_stale_at DATETIME, reported_at DATETIME, 
	CONSTRAINT pk_units PRIMARY KEY (traffic, id)
);

CREATE TABLE outbox (
	id INTEGER NOT NULL, 
	console TEXT NOT NULL, 
	topic TEXT NOT NULL, 
	payload BLOB NOT NULL, 
	content_type VARCHAR(128) NOT NULL, 
	sender TEXT, 
	identifier TEXT, 
	sent_text VARCHAR(64), 
	expires_utc DATETIME, 
	exercise_id VARCHAR(128), 
	queued_at DATETIME NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error TEXT, 
	settled_at DATETIME, 
	sent BOOLEAN NOT NULL, 
	CONSTRAINT pk_outbox PRIMARY KEY (id)
);

CREATE TABLE alarm_journal (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	console TEXT NOT NULL, 
	event VARCHAR(32) NOT NULL, 
	alarm_id INTEGER, 
	alert_id INTEGER, 
	state VARCHAR(48), 
	priority INTEGER, 
	reason TEXT, 
	actor TEXT, 
	exercise_id VARCHAR(128), 
	incident VARCHAR(255), 
	CONSTRAINT pk_alarm_journal PRIMARY KEY (id)
);

CREATE TABLE evidence_entries (
	leaf_index BIGINT NOT NULL, 
	source VARCHAR(16) NOT NULL, 
	source_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	exercise_id VARCHAR(128), 
	incident_key VARCHAR(255), 
	entry BLOB NOT NULL, 
	leaf_hash BLOB NOT NULL, 
	logged_at DATETIME NOT NULL, 
	CONSTRAINT pk_evidence_entries PRIMARY KEY (leaf_index)
);

CREATE TABLE evidence_nodes (
	level INTEGER NOT NULL, 
	idx BIGINT NOT NULL, 
	hash BLOB NOT NULL, 
	CONSTRAINT pk_evidence_nodes PRIMARY KEY (level, idx)
);

CREATE TABLE evidence_state (
	id INTEGER NOT NULL, 
	size BIGINT NOT NULL, 
	frontier BLOB NOT NULL, 
	CONSTRAINT pk_evidence_state PRIMARY KEY (id)
);

CREATE TABLE evidence_pending (
	id INTEGER NOT NULL, 
	source VARCHAR(16) NOT NULL, 
	source_id INTEGER NOT NULL, 
	CONSTRAINT pk_evidence_pending PRIMARY KEY (id)
);

CREATE TABLE evidence_checkpoints (
	id INTEGER NOT NULL, 
	origin TEXT NOT NULL, 
	size BIGINT NOT NULL, 
	root BLOB NOT NULL, 
	note BLOB NOT NULL, 
	own BOOLEAN NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	reason TEXT, 
	created_at DATETIME NOT NULL, 
	timestamp BLOB, 
	CONSTRAINT pk_evidence_checkpoints PRIMARY KEY (id)
);

CREATE TABLE evidence_cosignatures (
	id INTEGER NOT NULL, 
	checkpoint_id INTEGER NOT NULL, 
	witness TEXT NOT NULL, 
	line TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	CONSTRAINT pk_evidence_cosignatures PRIMARY KEY (id), 
	CONSTRAINT fk_evidence_cosignatures_checkpoint_id_evidence_checkpoints FOREIGN KEY(checkpoint_id) REFERENCES evidence_checkpoints (id) ON DELETE CASCADE, 
	CONSTRAINT uq_evidence_cosignatures_checkpoint_id_witness UNIQUE (checkpoint_id, witness)
);

CREATE VIRTUAL TABLE alerts_fts USING fts5(sender, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE unit_positions (
	id INTEGER NOT NULL, 
	traffic VARCHAR(160) NOT NULL, 
	unit_id VARCHAR(128) NOT NULL, 
	country VARCHAR(2), 
	agency VARCHAR(64) NOT NULL, 
	exercise_id VARCHAR(128), 
	at DATETIME NOT NULL, 
	lat DOUBLE NOT NULL, 
	lon DOUBLE NOT NULL, 
	source TEXT, 
	stale_at DATETIME, 
	incident VARCHAR(255), 
	CONSTRAINT pk_unit_positions PRIMARY KEY (id)
);

CREATE TABLE exercise_run_log (
	id INTEGER NOT NULL, 
	exercise_id VARCHAR(128) NOT NULL, 
	at DATETIME NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	controller TEXT NOT NULL, 
	command VARCHAR(16), 
	inject INTEGER, 
	state VARCHAR(16), 
	exercise_at DATETIME, 
	data TEXT NOT NULL, 
	CONSTRAINT pk_exercise_run_log PRIMARY KEY (id)
);

INSERT INTO "alembic_version" ("version_num") VALUES ('0016');

INSERT INTO "evidence_state" ("id", "size", "frontier") VALUES (1, 0, X'');

CREATE INDEX ix_alerts_exercise_id ON alerts (exercise_id);

CREATE INDEX ix_alerts_sent_utc ON alerts (sent_utc);

CREATE INDEX ix_alert_links_alert_id ON alert_links (alert_id);

CREATE INDEX ix_alert_links_ref_identifier_ref_sender_ref_sent ON alert_links (ref_identifier, ref_sender, ref_sent);

CREATE INDEX ix_alert_links_target_id ON alert_links (target_id);

CREATE INDEX ix_timeline_alert_id ON timeline (alert_id);

CREATE INDEX ix_timeline_exercise_id ON timeline (exercise_id);

CREATE INDEX ix_timeline_incident_id ON timeline (incident_id);

CREATE INDEX ix_incidents_exercise_id ON incidents (exercise_id);

CREATE INDEX ix_incidents_merged_into ON incidents (merged_into);

CREATE INDEX ix_incidents_status ON incidents (status);

CREATE INDEX ix_incident_alerts_alert_id ON incident_alerts (alert_id);

CREATE INDEX ix_applied_events_traffic_incident_key ON applied_events (traffic, incident_key);

CREATE INDEX ix_assignments_traffic_incident_key ON assignments (traffic, incident_key);

CREATE INDEX ix_assignments_unit_id ON assignments (unit_id);

CREATE INDEX ix_handover_proposals_traffic_incident_key ON handover_proposals (traffic, incident_key);

CREATE INDEX ix_units_exercise_id ON units (exercise_id);

CREATE INDEX ix_outbox_console_settled_at ON outbox (console, settled_at);

CREATE INDEX ix_alarm_journal_at ON alarm_journal (at);

CREATE INDEX ix_alarm_journal_console_event ON alarm_journal (console, event);

CREATE INDEX ix_alarm_journal_exercise_id ON alarm_journal (exercise_id);

CREATE INDEX ix_evidence_entries_exercise_id ON evidence_entries (exercise_id);

CREATE INDEX ix_evidence_entries_incident_key ON evidence_entries (incident_key);

CREATE INDEX ix_evidence_entries_source_source_id ON evidence_entries (source, source_id);

CREATE INDEX ix_evidence_checkpoints_origin_size ON evidence_checkpoints (origin, size);

CREATE INDEX ix_alerts_severity_id ON alerts (severity, id);

CREATE INDEX ix_alerts_country_id ON alerts (country, id);

CREATE INDEX ix_alerts_agency_id ON alerts (agency, id);

CREATE INDEX ix_incidents_status_updated_at ON incidents (status, updated_at);

CREATE INDEX ix_timeline_at_id ON timeline (at, id);

CREATE INDEX ix_alerts_warned ON alerts (exercise_id, id) WHERE cap_warnings IS NOT NULL;

CREATE INDEX ix_unit_positions_traffic_unit_id ON unit_positions (traffic, unit_id);

CREATE INDEX ix_exercise_run_log_exercise_id_id ON exercise_run_log (exercise_id, id);

CREATE TRIGGER evidence_alerts AFTER INSERT ON alerts BEGIN INSERT INTO evidence_pending (source, source_id) VALUES ('alerts', NEW.id); END;

CREATE TRIGGER evidence_quarantine AFTER INSERT ON quarantine BEGIN INSERT INTO evidence_pending (source, source_id) VALUES ('quarantine', NEW.id); END;

CREATE TRIGGER evidence_timeline AFTER INSERT ON timeline BEGIN INSERT INTO evidence_pending (source, source_id) VALUES ('timeline', NEW.id); END;

CREATE TRIGGER evidence_alarm_journal AFTER INSERT ON alarm_journal BEGIN INSERT INTO evidence_pending (source, source_id) VALUES ('alarm_journal', NEW.id); END;

CREATE TRIGGER alerts_fts_insert AFTER INSERT ON alerts BEGIN INSERT INTO alerts_fts (rowid, sender, body) VALUES (new.id, new.sender, (SELECT group_concat(value, ' ') FROM json_tree(new.parsed) WHERE key IN ('event', 'headline', 'description', 'area_desc') AND type = 'text')); END;

CREATE TRIGGER alerts_fts_delete AFTER DELETE ON alerts BEGIN DELETE FROM alerts_fts WHERE rowid = old.id; END;

CREATE TRIGGER evidence_unit_positions AFTER INSERT ON unit_positions BEGIN INSERT INTO evidence_pending (source, source_id) VALUES ('unit_positions', NEW.id); END;
