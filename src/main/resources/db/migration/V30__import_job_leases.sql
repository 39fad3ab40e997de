-- Ledger import jobs that survive a restart: the instance working on a job renews its lease (heartbeat_at); a job
-- whose lease has run out is taken over by another instance (or by the restarted one) and resumed. The uploaded file
-- is kept in the document storage (storage_key), which every instance reads, not only on the uploading instance's disk.
ALTER TABLE import_job ADD COLUMN worker VARCHAR(80) NULL;
ALTER TABLE import_job ADD COLUMN heartbeat_at DATETIME(6) NULL;
ALTER TABLE import_job ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE import_job ADD COLUMN storage_key VARCHAR(200) NULL;

CREATE INDEX ix_import_job_state ON import_job (state, heartbeat_at);
