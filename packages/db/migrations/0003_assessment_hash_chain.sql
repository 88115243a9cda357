-- Every change to an assessment is an entry of the assessment's hash chain in the audit log:
-- entry n stores the hash of entry n-1 (`prev_hash`, empty for the first) and its own `hash`,
-- the SHA-256 of the text below. Changing, removing or inserting an entry breaks the chain at that
-- point; the head (last sequence number and hash) is kept on the assessment. Verification
-- recomputes each hash with citymaturity_audit_hash over the stored columns.

-- The hashed text: a version tag and every column that says what happened (not the IP address).
CREATE FUNCTION citymaturity_audit_payload(
  p_assessment_id uuid, p_seq integer, p_prev_hash text, p_at timestamptz, p_actor uuid,
  p_organisation_id uuid, p_action text, p_target_type text, p_target_id text,
  p_outcome audit_outcome, p_details jsonb
) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT concat_ws(E'\n',
    'citymaturity-chain-1',
    p_assessment_id::text,
    p_seq::text,
    p_prev_hash,
    to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(p_actor::text, '-'),
    coalesce(p_organisation_id::text, '-'),
    p_action,
    coalesce(p_target_type, '-'),
    coalesce(p_target_id, '-'),
    p_outcome::text,
    coalesce(p_details::text, 'null'))
$$;
--> statement-breakpoint
CREATE FUNCTION citymaturity_audit_hash(
  p_assessment_id uuid, p_seq integer, p_prev_hash text, p_at timestamptz, p_actor uuid,
  p_organisation_id uuid, p_action text, p_target_type text, p_target_id text,
  p_outcome audit_outcome, p_details jsonb
) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(citymaturity_audit_payload(
    p_assessment_id, p_seq, p_prev_hash, p_at, p_actor, p_organisation_id, p_action,
    p_target_type, p_target_id, p_outcome, p_details), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Appends an entry to the assessment's chain. Takes the assessment row FOR NO KEY UPDATE, so the
-- changes of one assessment are chained one after the other (callers that already hold that lock
-- keep it); returns the entry's sequence number. Raises no_data_found when the assessment is not
-- in the organisation.
CREATE FUNCTION citymaturity_append_assessment_event(
  p_organisation_id uuid, p_assessment_id uuid, p_actor uuid, p_action text,
  p_target_type text, p_target_id text, p_outcome audit_outcome, p_details jsonb, p_ip inet
) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_seq integer;
  v_prev text;
  v_at timestamptz := now();
  v_hash text;
BEGIN
  SELECT chain_seq + 1, chain_hash INTO v_seq, v_prev
    FROM assessments
   WHERE id = p_assessment_id AND organisation_id = p_organisation_id
     FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'assessment % is not in organisation %', p_assessment_id, p_organisation_id
      USING ERRCODE = 'no_data_found';
  END IF;
  v_hash := citymaturity_audit_hash(p_assessment_id, v_seq, v_prev, v_at, p_actor,
    p_organisation_id, p_action, p_target_type, p_target_id, p_outcome, p_details);
  INSERT INTO audit_log (at, actor_user_id, organisation_id, action, target_type, target_id,
                         outcome, details, ip, assessment_id, seq, prev_hash, hash)
  VALUES (v_at, p_actor, p_organisation_id, p_action, p_target_type, p_target_id,
          p_outcome, p_details, p_ip, p_assessment_id, v_seq, v_prev, v_hash);
  UPDATE assessments SET chain_seq = v_seq, chain_hash = v_hash WHERE id = p_assessment_id;
  RETURN v_seq;
END;
$$;
