-- cases.next_due_on / next_warn_on follow the case's running, unpaused clocks, whoever changes them (the
-- workflow, a pause, an extension, a transfer): lights on lists and queues read two columns instead of the clocks.
-- SECURITY DEFINER: the clock of a case may be changed by a user whose scope does not reach the case row's
-- policy check (a result reported back up); the function only ever copies the case's own clock dates.
CREATE FUNCTION case_next_due_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
BEGIN
  UPDATE cases c SET next_due_on = d.due, next_warn_on = d.warn
  FROM (
    SELECT min(due_on) AS due, min(warn_on) AS warn FROM case_deadline
    WHERE case_id = target AND status = 'running' AND paused_from IS NULL
  ) d
  WHERE c.id = target AND (c.next_due_on IS DISTINCT FROM d.due OR c.next_warn_on IS DISTINCT FROM d.warn);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_deadline_next_due AFTER INSERT OR UPDATE OR DELETE ON case_deadline
  FOR EACH ROW EXECUTE FUNCTION case_next_due_sync();
--> statement-breakpoint
UPDATE cases c SET next_due_on = d.due, next_warn_on = d.warn
FROM (
  SELECT case_id, min(due_on) AS due, min(warn_on) AS warn FROM case_deadline
  WHERE status = 'running' AND paused_from IS NULL GROUP BY case_id
) d
WHERE c.id = d.case_id;
