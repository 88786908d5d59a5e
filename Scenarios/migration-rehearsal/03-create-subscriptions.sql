-- 03-create-subscriptions.sql: the production migration plan's script, verbatim from
-- ../shared/seeds/production-migration-plan.md (Phase 3), for `seedkit verify --migration` to rehearse.
-- Unchanged: the administrator's email, the one change the rehearsal makes, appears only in 01.
-- Create trial subscriptions for existing restaurants
INSERT INTO subscriptions (
  restaurant_id,
  plan,
  status,
  current_period_start,
  current_period_end,
  trial_ends_at,
  seats,
  billing_email,
  billing_name,
  created_at,
  updated_at
)
SELECT 
  r.id,
  'PROFESSIONAL', -- Give existing restaurants professional plan
  'ACTIVE',
  NOW(),
  NOW() + INTERVAL '30 days',
  NULL, -- No trial, they're already active
  20, -- Professional plan seats
  r.owner_email,
  r.owner_name,
  NOW(),
  NOW()
FROM restaurants r
WHERE r.is_active = true
  AND NOT EXISTS (
    SELECT 1 FROM subscriptions s WHERE s.restaurant_id = r.id
  );
