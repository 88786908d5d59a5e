-- 04-migrate-customers-to-diners.sql: the production migration plan's script, verbatim from
-- ../shared/seeds/production-migration-plan.md (Phase 3), for `seedkit verify --migration` to rehearse.
-- Unchanged: the administrator's email, the one change the rehearsal makes, appears only in 01.
-- Migrate customers to platform-wide diners
INSERT INTO diners (
  email,
  name,
  phone,
  password,
  is_verified,
  created_at,
  updated_at
)
SELECT DISTINCT ON (c.email)
  c.email,
  c.name,
  c.phone,
  c.password,
  true, -- Assume existing customers are verified
  c.created_at,
  NOW()
FROM customers c
WHERE c.email IS NOT NULL
ON CONFLICT (email) DO NOTHING;

-- Create diner_restaurant_profiles
INSERT INTO diner_restaurant_profiles (
  diner_id,
  restaurant_id,
  visit_count,
  last_visit_date,
  total_spent,
  preferences,
  created_at,
  updated_at
)
SELECT 
  d.id,
  c.restaurant_id,
  COALESCE(stats.visit_count, 0),
  stats.last_visit,
  COALESCE(stats.total_spent, 0),
  c.preferences,
  c.created_at,
  NOW()
FROM customers c
JOIN diners d ON d.email = c.email
LEFT JOIN LATERAL (
  SELECT 
    COUNT(*) as visit_count,
    MAX(date) as last_visit,
    SUM(total_amount) as total_spent
  FROM reservations
  WHERE customer_id = c.id
) stats ON true;
