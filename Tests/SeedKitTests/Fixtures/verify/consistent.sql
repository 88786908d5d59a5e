-- A small SeedKit world in which every invariant of Docs/invariants.md holds, for the verify
-- tests. Portable: the same statements load into SQLite and PostgreSQL after the schema.
--
-- Two restaurants on one platform. Restaurant 1 prices include 20% VAT and adds a 12.5% service
-- charge (not bearing VAT) to dine-in orders, on the basic plan (2.75% commission); bottled
-- water is zero-rated. Restaurant 2 prices exclude VAT, has no service charge, and is on the
-- premium plan (4.00%). History: restaurant 1 trades on 1 and 2 February and 3 March 2025,
-- restaurant 2 on 3 March. Several amounts land exactly on half a penny (or half a hundredth
-- of an hour), where rounding half away from zero and binary floats disagree: the £6.00
-- payment's commission (16.5p → 17p), the restock item 2.5 × £0.33 (82.5p → 83p), and the
-- hours worked on time tracking rows 3 and 5 (7.525 → 7.53, 5.925 → 5.93).

INSERT INTO platforms (id, name, slug, owner_email, created_at, updated_at, is_active, total_restaurants, monthly_revenue) VALUES
    (1, 'Fixture Platform', 'fixture', 'owner@platform.example', '2024-01-01 09:00:00', '2024-01-01 09:00:00', true, 2, 92.77);

INSERT INTO platform_settings (id, platform_id, setting_key, setting_value, setting_type, created_at, updated_at) VALUES
    (1, 1, 'currency', 'GBP', 'string', '2024-01-01 09:00:00', '2024-01-01 09:00:00');

INSERT INTO subscription_plans (id, platform_id, name, commission_rate, service_fee_rate, monthly_fee, max_restaurants, features, is_active, created_at) VALUES
    (1, 1, 'basic', 2.75, 0.50, 0.00, NULL, '{}', true, '2024-01-01 09:00:00'),
    (2, 1, 'premium', 4.00, 0.50, 49.00, NULL, '{"reports": true}', true, '2024-01-01 09:00:00');

INSERT INTO restaurants (id, platform_id, name, slug, business_type, address, phone, email, tax_number, logo_url, created_at, updated_at, is_active, subscription_tier, monthly_revenue, last_activity) VALUES
    (1, 1, 'Taquería Uno', 'taqueria-uno', 'restaurant', '1 High Street, London', '+44 20 7946 0001', 'uno@fixture.example', 'GB123456789', NULL, '2024-01-01 09:00:00', '2024-01-01 09:00:00', true, 'basic', 43.81, '2025-03-03 20:00:00'),
    (2, 1, 'Trattoria Due', 'trattoria-due', 'restaurant', '2 High Street, London', '+44 20 7946 0002', 'due@fixture.example', NULL, NULL, '2024-01-01 09:00:00', '2024-01-01 09:00:00', true, 'premium', 48.96, '2025-03-03 20:00:00');

INSERT INTO restaurant_subscriptions (id, restaurant_id, plan_id, start_date, end_date, status, commission_rate, monthly_fee, created_at, updated_at) VALUES
    (1, 1, 1, '2024-01-01', NULL, 'active', 2.75, 0.00, '2024-01-01 09:00:00', '2024-01-01 09:00:00'),
    (2, 2, 2, '2024-01-01', NULL, 'active', 4.00, 49.00, '2024-01-01 09:00:00', '2024-01-01 09:00:00');

INSERT INTO users (id, restaurant_id, platform_id, email, password_hash, first_name, last_name, phone, role, is_active, last_login, created_at, updated_at) VALUES
    (1, NULL, 1, 'owner@platform.example', 'x', 'Olive', 'Owner', NULL, 'platform_owner', true, NULL, '2024-01-01 09:00:00', '2024-01-01 09:00:00'),
    (2, 1, 1, 'maria@uno.example', 'x', 'María', 'Manager', NULL, 'manager', true, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
    (3, 1, 1, 'sam@uno.example', 'x', 'Sam', 'Server', NULL, 'server', true, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
    (4, 2, 1, 'gio@due.example', 'x', 'Gio', 'Server', NULL, 'server', true, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
    (5, 2, 1, 'carla@due.example', 'x', 'Carla', 'Cook', NULL, 'cook', true, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00');

INSERT INTO user_permissions (id, user_id, permission, granted_at, granted_by) VALUES
    (1, 2, 'orders.write', '2024-06-01 09:00:00', 1);

INSERT INTO categories (id, restaurant_id, name, icon, display_order, is_active, created_at) VALUES
    (1, 1, 'Tacos', '🌮', 1, true, '2024-01-01 09:00:00'),
    (2, 1, 'Drinks', NULL, 2, true, '2024-01-01 09:00:00'),
    (3, 2, 'Pasta', NULL, 1, true, '2024-01-01 09:00:00');

INSERT INTO products (id, restaurant_id, category_id, name, description, price, cost, sku, image_url, is_active, available_in_pos, track_inventory, created_at, updated_at) VALUES
    (1, 1, 1, 'Taco al pastor', NULL, 5.00, 1.25, 'TAC-1', NULL, true, true, true, '2024-01-01 09:00:00', '2024-01-01 09:00:00'),
    (2, 1, 2, 'Agua fresca', NULL, 2.50, 0.40, 'AGU-1', NULL, true, true, false, '2024-01-01 09:00:00', '2024-01-01 09:00:00'),
    (3, 2, 3, 'Tagliatelle', NULL, 12.00, 0.33, 'TAG-1', NULL, true, true, true, '2024-01-01 09:00:00', '2024-01-01 09:00:00'),
    (4, 2, 3, 'Tiramisu', NULL, 6.00, 1.50, 'TIR-1', NULL, true, true, false, '2024-01-01 09:00:00', '2024-01-01 09:00:00'),
    (5, 1, 2, 'Bottled water', 'Zero-rated', 2.50, 0.30, 'WAT-1', NULL, true, true, false, '2024-01-01 09:00:00', '2024-01-01 09:00:00');

INSERT INTO suppliers (id, restaurant_id, name, contact_person, email, phone, address, payment_terms, is_active, created_at, updated_at) VALUES
    (1, 1, 'Mercado Fresco', NULL, 'orders@mercado.example', NULL, NULL, '30 days', true, '2024-01-01 09:00:00', '2024-01-01 09:00:00'),
    (2, 2, 'Pasta Fresca', NULL, 'orders@pasta.example', NULL, NULL, '14 days', true, '2024-01-01 09:00:00', '2024-01-01 09:00:00');

INSERT INTO inventory_items (id, restaurant_id, product_id, supplier_id, current_stock, minimum_stock, maximum_stock, reorder_point, unit_cost, unit_measure, last_restocked, turnover_rate, wastage_rate, created_at, updated_at) VALUES
    (1, 1, 1, 1, 19.500, 5.000, 40.000, 10.000, 1.25, 'each', '2025-03-01 10:00:00', 0, 2.50, '2025-02-01 08:00:00', '2025-03-03 20:00:00'),
    (2, 2, 3, 2, 4.500, 1.000, 10.000, 2.000, 0.33, 'portion', '2025-03-03 21:00:00', 0, 0.00, '2025-03-01 08:00:00', '2025-03-03 21:00:00');

INSERT INTO employees (id, restaurant_id, user_id, employee_number, hire_date, termination_date, job_title, department, hourly_rate, salary, employment_type, emergency_contact_name, emergency_contact_phone, is_active, created_at, updated_at) VALUES
    (1, 1, 2, 'E1', '2024-06-01', NULL, 'Manager', 'Management', 18.50, NULL, 'full_time', NULL, NULL, true, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
    (2, 1, 3, 'E2', '2024-06-01', NULL, 'Server', 'Front of House', 12.00, NULL, 'part_time', NULL, NULL, true, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
    (3, 2, 4, 'E3', '2024-06-01', NULL, 'Server', 'Front of House', 12.00, NULL, 'full_time', NULL, NULL, true, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
    (4, 2, 5, 'E4', '2024-06-01', '2025-03-10', 'Cook', 'Kitchen', 13.00, NULL, 'part_time', NULL, NULL, true, '2024-06-01 09:00:00', '2024-06-01 09:00:00');

INSERT INTO schedules (id, restaurant_id, name, week_start, week_end, status, total_scheduled_hours, total_labor_cost, created_by, created_at, updated_at) VALUES
    (1, 1, 'Week of 27 January', '2025-01-27', '2025-02-02', 'published', 8.00, 148.00, 2, '2025-01-20 09:00:00', '2025-01-20 09:00:00'),
    (2, 1, 'Week of 3 March', '2025-03-03', '2025-03-09', 'published', 18.00, 243.00, 2, '2025-02-24 09:00:00', '2025-02-24 09:00:00'),
    (3, 2, 'Week of 3 March', '2025-03-03', '2025-03-09', 'published', 30.00, 372.00, NULL, '2025-02-24 09:00:00', '2025-02-24 09:00:00');

-- Shift 8 runs past midnight; shift 7 is a no-show (so it has no time tracking).
INSERT INTO shifts (id, restaurant_id, schedule_id, employee_id, shift_date, start_time, end_time, break_duration, position, status, hourly_rate, overtime_rate, notes, created_at, updated_at) VALUES
    (1, 1, 1, 1, '2025-02-01', '11:00:00', '15:00:00', 0, 'manager', 'completed', 18.50, 27.75, NULL, '2025-01-20 09:00:00', '2025-02-01 15:03:00'),
    (2, 1, 1, 1, '2025-02-02', '11:00:00', '15:00:00', 0, 'manager', 'completed', 18.50, 27.75, NULL, '2025-01-20 09:00:00', '2025-02-02 15:00:00'),
    (3, 1, 2, 1, '2025-03-03', '10:00:00', '18:00:00', 30, 'manager', 'completed', 18.50, 27.75, NULL, '2025-02-24 09:00:00', '2025-03-03 18:00:30'),
    (4, 1, 2, 2, '2025-03-03', '11:00:00', '15:00:00', 15, 'server', 'completed', 12.00, 18.00, NULL, '2025-02-24 09:00:00', '2025-03-03 15:02:00'),
    (5, 1, 2, 2, '2025-03-03', '17:00:00', '23:00:00', 0, 'server', 'completed', 12.00, 18.00, NULL, '2025-02-24 09:00:00', '2025-03-03 23:01:00'),
    (6, 2, 3, 3, '2025-03-03', '11:00:00', '22:00:00', 30, 'server', 'completed', 12.00, 18.00, NULL, '2025-02-24 09:00:00', '2025-03-03 22:05:18'),
    (7, 2, 3, 4, '2025-03-03', '10:00:00', '16:00:00', 0, 'cook', 'no_show', 13.00, 19.50, NULL, '2025-02-24 09:00:00', '2025-03-03 16:00:00'),
    (8, 2, 3, 3, '2025-03-04', '18:00:00', '01:00:00', 0, 'server', 'scheduled', 12.00, 18.00, 'closing', '2025-02-24 09:00:00', '2025-02-24 09:00:00'),
    (9, 2, 3, 4, '2025-03-04', '11:00:00', '17:00:00', 0, 'cook', 'scheduled', 13.00, 19.50, NULL, '2025-02-24 09:00:00', '2025-02-24 09:00:00');

INSERT INTO time_tracking (id, restaurant_id, employee_id, shift_id, clock_in, clock_out, break_start, break_end, total_hours, overtime_hours, total_pay, status, created_at, updated_at) VALUES
    (1, 1, 1, 1, '2025-02-01 10:57:00', '2025-02-01 15:03:00', NULL, NULL, 4.10, 0, 75.85, 'approved', '2025-02-01 10:57:00', '2025-02-01 15:03:00'),
    (2, 1, 1, 2, '2025-02-02 11:00:00', '2025-02-02 15:00:00', NULL, NULL, 4.00, 0, 74.00, 'approved', '2025-02-02 11:00:00', '2025-02-02 15:00:00'),
    (3, 1, 1, 3, '2025-03-03 09:59:00', '2025-03-03 18:00:30', '2025-03-03 14:00:00', '2025-03-03 14:30:00', 7.53, 0, 139.31, 'completed', '2025-03-03 09:59:00', '2025-03-03 18:00:30'),
    (4, 1, 2, 4, '2025-03-03 10:58:12', '2025-03-03 15:02:00', '2025-03-03 13:30:00', '2025-03-03 13:45:00', 3.81, 0, 45.72, 'completed', '2025-03-03 10:58:12', '2025-03-03 15:02:00'),
    (5, 1, 2, 5, '2025-03-03 17:05:30', '2025-03-03 23:01:00', NULL, NULL, 5.93, 0, 71.16, 'completed', '2025-03-03 17:05:30', '2025-03-03 23:01:00'),
    (6, 2, 3, 6, '2025-03-03 10:55:00', '2025-03-03 22:05:18', '2025-03-03 15:00:00', '2025-03-03 15:30:00', 10.67, 0, 128.04, 'completed', '2025-03-03 10:55:00', '2025-03-03 22:05:18');

INSERT INTO performance_metrics (id, restaurant_id, employee_id, metric_date, metric_type, metric_value, target_value, notes, created_at) VALUES
    (1, 1, 2, '2025-03-03', 'sales', 38.81, 50.00, NULL, '2025-03-03 23:30:00');

-- Order 4 is a split bill; order 5 was refunded (cancelled, its payment refunded); order 7 is a
-- staff meal at 100% discount (£0.00, no payment); order 10 was cancelled before payment.
-- Restaurant 2 prices exclude VAT, so its totals add tax_amount.
INSERT INTO orders (id, restaurant_id, order_number, table_number, customer_name, order_type, status, subtotal, tax_amount, service_charge, discount_amount, total_amount, items_count, served_by, created_by, created_at, updated_at) VALUES
    (1, 1, 'UNO-0001', NULL, 'Lee', 'takeaway', 'completed', 10.00, 1.67, 0.00, 0.00, 10.00, 2, 1, 2, '2025-02-01 12:00:00', '2025-02-01 12:20:00'),
    (2, 1, 'UNO-0002', NULL, 'Kim', 'takeaway', 'completed', 5.00, 0.83, 0.00, 0.00, 5.00, 1, 1, 2, '2025-02-02 12:00:00', '2025-02-02 12:15:00'),
    (3, 1, 'UNO-0003', '4', NULL, 'dine_in', 'completed', 12.50, 2.08, 1.56, 0.00, 14.06, 3, 2, 3, '2025-03-03 12:15:00', '2025-03-03 13:05:00'),
    (4, 1, 'UNO-0004', NULL, 'Ana', 'takeaway', 'completed', 15.00, 2.25, 0.00, 1.50, 13.50, 3, 2, 3, '2025-03-03 13:00:00', '2025-03-03 13:10:00'),
    (5, 1, 'UNO-0005', '2', NULL, 'dine_in', 'cancelled', 5.00, 0.83, 0.63, 0.00, 5.63, 1, 2, 3, '2025-03-03 17:30:00', '2025-03-03 17:40:00'),
    (6, 1, 'UNO-0006', '7', NULL, 'dine_in', 'completed', 10.00, 0.83, 1.25, 0.00, 11.25, 3, 2, 3, '2025-03-03 19:00:00', '2025-03-03 20:15:00'),
    (7, 1, 'UNO-0007', '1', NULL, 'dine_in', 'completed', 2.50, 0.00, 0.00, 2.50, 0.00, 1, 2, 3, '2025-03-03 20:00:00', '2025-03-03 20:05:00'),
    (8, 2, 'DUE-0001', '3', NULL, 'dine_in', 'completed', 18.00, 3.60, 0.00, 0.00, 21.60, 2, 3, 4, '2025-03-03 12:30:00', '2025-03-03 13:41:00'),
    (9, 2, 'DUE-0002', NULL, 'Bea', 'takeaway', 'completed', 24.00, 4.56, 0.00, 1.20, 27.36, 2, 3, 4, '2025-03-03 18:45:00', '2025-03-03 18:50:00'),
    (10, 2, 'DUE-0003', '5', NULL, 'dine_in', 'cancelled', 6.00, 1.20, 0.00, 0.00, 7.20, 1, 3, 4, '2025-03-03 20:00:00', '2025-03-03 20:10:00');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price, total_price, special_instructions, created_at) VALUES
    (1, 1, 1, 2, 5.00, 10.00, NULL, '2025-02-01 12:00:00'),
    (2, 2, 1, 1, 5.00, 5.00, NULL, '2025-02-02 12:00:00'),
    (3, 3, 1, 2, 5.00, 10.00, 'no onions', '2025-03-03 12:15:00'),
    (4, 3, 2, 1, 2.50, 2.50, NULL, '2025-03-03 12:15:00'),
    (5, 4, 1, 3, 5.00, 15.00, NULL, '2025-03-03 13:00:00'),
    (6, 5, 1, 1, 5.00, 5.00, NULL, '2025-03-03 17:30:00'),
    (7, 6, 1, 1, 5.00, 5.00, NULL, '2025-03-03 19:00:00'),
    (8, 6, 5, 2, 2.50, 5.00, NULL, '2025-03-03 19:00:00'),
    (9, 7, 2, 1, 2.50, 2.50, NULL, '2025-03-03 20:00:00'),
    (10, 8, 3, 1, 12.00, 12.00, NULL, '2025-03-03 12:30:00'),
    (11, 8, 4, 1, 6.00, 6.00, NULL, '2025-03-03 12:30:00'),
    (12, 9, 3, 2, 12.00, 24.00, NULL, '2025-03-03 18:45:00'),
    (13, 10, 4, 1, 6.00, 6.00, NULL, '2025-03-03 20:00:00');

INSERT INTO payments (id, restaurant_id, order_id, payment_method, amount, commission_rate, commission_amount, transaction_id, processor_response, status, processed_at, created_at) VALUES
    (1, 1, 1, 'cash', 10.00, 2.75, 0.28, 'TX-0001', NULL, 'completed', '2025-02-01 12:20:00', '2025-02-01 12:20:00'),
    (2, 1, 2, 'card', 5.00, 2.75, 0.14, 'TX-0002', '{"approved": true}', 'completed', '2025-02-02 12:15:00', '2025-02-02 12:15:00'),
    (3, 1, 3, 'card', 14.06, 2.75, 0.39, 'TX-0003', '{"approved": true}', 'completed', '2025-03-03 13:05:00', '2025-03-03 13:05:00'),
    (4, 1, 4, 'cash', 7.50, 2.75, 0.21, 'TX-0004', NULL, 'completed', '2025-03-03 13:10:00', '2025-03-03 13:10:00'),
    (5, 1, 4, 'apple_pay', 6.00, 2.75, 0.17, 'TX-0005', '{"approved": true}', 'completed', '2025-03-03 13:10:00', '2025-03-03 13:10:00'),
    (6, 1, 5, 'card', 5.63, 2.75, 0.15, 'TX-0006', '{"approved": true}', 'refunded', '2025-03-03 17:40:00', '2025-03-03 17:40:00'),
    (7, 1, 6, 'card', 11.25, 2.75, 0.31, 'TX-0007', '{"approved": true}', 'completed', '2025-03-03 20:15:00', '2025-03-03 20:15:00'),
    (8, 2, 8, 'card', 21.60, 4.00, NULL, 'TX-0008', '{"approved": false}', 'failed', '2025-03-03 13:40:00', '2025-03-03 13:40:00'),
    (9, 2, 8, 'card', 21.60, 4.00, 0.86, 'TX-0009', '{"approved": true}', 'completed', '2025-03-03 13:41:00', '2025-03-03 13:41:00'),
    (10, 2, 9, 'cash', 27.36, 4.00, 1.09, 'TX-0010', NULL, 'completed', '2025-03-03 18:50:00', '2025-03-03 18:50:00');

-- Order 4's two payments' commissions (21p + 17p) are 1p more than its record's 37p.
INSERT INTO commission_records (id, restaurant_id, platform_id, order_id, gross_amount, commission_rate, commission_amount, processed_at, payment_status) VALUES
    (1, 1, 1, 1, 10.00, 2.75, 0.28, '2025-02-01 12:20:00', 'paid'),
    (2, 1, 1, 2, 5.00, 2.75, 0.14, '2025-02-02 12:15:00', 'paid'),
    (3, 1, 1, 3, 14.06, 2.75, 0.39, '2025-03-03 13:05:00', 'pending'),
    (4, 1, 1, 4, 13.50, 2.75, 0.37, '2025-03-03 13:10:00', 'pending'),
    (5, 1, 1, 6, 11.25, 2.75, 0.31, '2025-03-03 20:15:00', 'pending'),
    (6, 2, 1, 8, 21.60, 4.00, 0.86, '2025-03-03 13:41:00', 'pending'),
    (7, 2, 1, 9, 27.36, 4.00, 1.09, '2025-03-03 18:50:00', 'pending');

INSERT INTO stock_movements (id, restaurant_id, inventory_item_id, movement_type, quantity, unit_cost, total_cost, reference_id, reference_type, notes, created_by, created_at) VALUES
    (1, 1, 1, 'adjustment', 20.000, 1.25, 25.00, NULL, 'adjustment', 'Opening stock count', 2, '2025-02-01 08:00:00'),
    (2, 1, 1, 'sale', -2.000, 1.25, 2.50, 1, 'order', NULL, 2, '2025-02-01 12:00:00'),
    (3, 1, 1, 'sale', -1.000, 1.25, 1.25, 2, 'order', NULL, 2, '2025-02-02 12:00:00'),
    (4, 1, 1, 'waste', -0.500, 1.25, 0.63, NULL, 'adjustment', 'Dropped', 2, '2025-02-02 22:00:00'),
    (5, 1, 1, 'restock', 10.000, 1.25, 12.50, 1, 'restock', NULL, 2, '2025-03-01 10:00:00'),
    (6, 1, 1, 'sale', -2.000, 1.25, 2.50, 3, 'order', NULL, 3, '2025-03-03 12:15:00'),
    (7, 1, 1, 'sale', -3.000, 1.25, 3.75, 4, 'order', NULL, 3, '2025-03-03 13:00:00'),
    (8, 1, 1, 'sale', -1.000, 1.25, 1.25, 6, 'order', NULL, 3, '2025-03-03 19:00:00'),
    (9, 1, 1, 'sale', -1.000, 1.25, 1.25, 5, 'order', NULL, 3, '2025-03-03 17:30:00'),
    (10, 2, 2, 'adjustment', 5.000, 0.33, 1.65, NULL, 'adjustment', 'Opening stock count', 4, '2025-03-01 08:00:00'),
    (11, 2, 2, 'sale', -1.000, 0.33, 0.33, 8, 'order', NULL, 4, '2025-03-03 12:30:00'),
    (12, 2, 2, 'sale', -2.000, 0.33, 0.66, 9, 'order', NULL, 4, '2025-03-03 18:45:00'),
    (13, 2, 2, 'restock', 2.500, 0.33, 0.83, 2, 'restock', NULL, 4, '2025-03-03 21:00:00');

INSERT INTO restock_orders (id, restaurant_id, supplier_id, order_number, order_date, expected_delivery, actual_delivery, status, total_amount, notes, created_by, created_at, updated_at) VALUES
    (1, 1, 1, 'RST-0001', '2025-02-27', '2025-03-01', '2025-03-01', 'delivered', 12.50, NULL, 2, '2025-02-27 10:00:00', '2025-03-01 10:00:00'),
    (2, 2, 2, 'RST-0002', '2025-03-02', '2025-03-03', '2025-03-03', 'delivered', 0.83, NULL, 4, '2025-03-02 10:00:00', '2025-03-03 21:00:00');

INSERT INTO restock_order_items (id, restock_order_id, inventory_item_id, quantity_ordered, quantity_received, unit_cost, total_cost, notes) VALUES
    (1, 1, 1, 10.000, 10.000, 1.25, 12.50, NULL),
    (2, 2, 2, 2.500, 2.500, 0.33, 0.83, NULL);

INSERT INTO daily_reports (id, restaurant_id, report_date, total_sales, total_orders, average_ticket, total_items, payment_breakdown, top_products, staff_performance, generated_at) VALUES
    (1, 1, '2025-02-01', 10.00, 1, 10.00, 2, '{"cash": 10.00}', '[{"product_id": 1, "quantity": 2}]', '{"1": {"orders": 1}}', '2025-02-01 23:30:00'),
    (2, 1, '2025-02-02', 5.00, 1, 5.00, 1, '{"card": 5.00}', '[{"product_id": 1, "quantity": 1}]', '{"1": {"orders": 1}}', '2025-02-02 23:30:00'),
    (3, 1, '2025-03-03', 38.81, 4, 9.70, 10, '{"card": 25.31, "cash": 7.50, "apple_pay": 6.00}', '[{"product_id": 1, "quantity": 6}]', '{"2": {"orders": 4}}', '2025-03-03 23:30:00'),
    (4, 2, '2025-03-03', 48.96, 2, 24.48, 4, '{"card": 21.60, "cash": 27.36}', '[{"product_id": 3, "quantity": 3}]', '{"3": {"orders": 2}}', '2025-03-03 23:30:00');
