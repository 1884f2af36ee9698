-- Whether a failed delivery may be claimed again is data, not a prefix of its free-text detail.
ALTER TABLE digest_deliveries ADD COLUMN retryable boolean NOT NULL DEFAULT false;
UPDATE digest_deliveries SET retryable = true, detail = ltrim(substr(detail, 7)) WHERE status = 'failed' AND detail LIKE 'retry:%';
ALTER TABLE digest_deliveries ADD CONSTRAINT digest_deliveries_retryable_failed CHECK (NOT retryable OR status = 'failed');
