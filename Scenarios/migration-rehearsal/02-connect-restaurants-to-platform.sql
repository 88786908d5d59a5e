-- 02-connect-restaurants-to-platform.sql: the production migration plan's script, verbatim from
-- ../shared/seeds/production-migration-plan.md (Phase 3), for `seedkit verify --migration` to rehearse.
-- Unchanged: the administrator's email, the one change the rehearsal makes, appears only in 01.
-- Update restaurants with platform fields
UPDATE restaurants r
SET 
  onboarding_status = 'ACTIVE',
  owner_name = u.name,
  owner_email = u.email,
  business_phone = r.phone,
  business_address = CONCAT(r.address, ', ', r.city, ', ', r.state, ' ', r."zipCode"),
  verified_at = r.created_at,
  updated_at = NOW()
FROM (
  SELECT DISTINCT ON (rs.restaurant_id) 
    rs.restaurant_id,
    u.name,
    u.email
  FROM restaurant_staff rs
  JOIN users u ON u.id = rs.user_id
  WHERE u.role = 'ADMIN' OR u.role = 'SUPERADMIN'
  ORDER BY rs.restaurant_id, rs.created_at ASC
) AS owner_data
JOIN users u ON u.email = owner_data.email
WHERE r.id = owner_data.restaurant_id;
