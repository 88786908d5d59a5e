-- SeedKit data for PostgreSQL. Load into an empty database with:
--   psql -X -v ON_ERROR_STOP=1 -f FILE

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET client_min_messages = warning;

BEGIN;

CREATE TABLE platforms (
    id SERIAL,
    name VARCHAR(255) NOT NULL,
    slug VARCHAR(100) NOT NULL,
    owner_email VARCHAR(255) NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    is_active BOOLEAN DEFAULT true,
    total_restaurants INTEGER DEFAULT 0,
    monthly_revenue DECIMAL(12,2) DEFAULT 0.00
);

CREATE TABLE platform_settings (
    id SERIAL,
    platform_id INTEGER,
    setting_key VARCHAR(100) NOT NULL,
    setting_value TEXT,
    setting_type VARCHAR(50) DEFAULT 'string',
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE subscription_plans (
    id SERIAL,
    platform_id INTEGER,
    name VARCHAR(100) NOT NULL,
    commission_rate DECIMAL(5,2) NOT NULL,
    service_fee_rate DECIMAL(5,2) NOT NULL,
    monthly_fee DECIMAL(10,2) DEFAULT 0.00,
    max_restaurants INTEGER DEFAULT NULL,
    features JSONB DEFAULT '{}',
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE restaurants (
    id SERIAL,
    platform_id INTEGER,
    name VARCHAR(255) NOT NULL,
    slug VARCHAR(100) NOT NULL,
    business_type VARCHAR(100) DEFAULT 'restaurant',
    address TEXT,
    phone VARCHAR(50),
    email VARCHAR(255),
    tax_number VARCHAR(100),
    logo_url TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    is_active BOOLEAN DEFAULT true,
    subscription_tier VARCHAR(50) DEFAULT 'basic',
    monthly_revenue DECIMAL(12,2) DEFAULT 0.00,
    last_activity TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE restaurant_subscriptions (
    id SERIAL,
    restaurant_id INTEGER,
    plan_id INTEGER,
    start_date DATE NOT NULL,
    end_date DATE,
    status VARCHAR(50) DEFAULT 'active',
    commission_rate DECIMAL(5,2) NOT NULL,
    monthly_fee DECIMAL(10,2) DEFAULT 0.00,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE users (
    id SERIAL,
    restaurant_id INTEGER,
    platform_id INTEGER,
    email VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    phone VARCHAR(50),
    role VARCHAR(50) NOT NULL,
    is_active BOOLEAN DEFAULT true,
    last_login TIMESTAMP,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT users_tenant_check CHECK ((role = 'platform_owner' AND restaurant_id IS NULL) OR (role != 'platform_owner' AND restaurant_id IS NOT NULL))
);

CREATE TABLE user_permissions (
    id SERIAL,
    user_id INTEGER,
    permission VARCHAR(100) NOT NULL,
    granted_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    granted_by INTEGER
);

CREATE TABLE categories (
    id SERIAL,
    restaurant_id INTEGER,
    name VARCHAR(100) NOT NULL,
    icon VARCHAR(10),
    display_order INTEGER DEFAULT 0,
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE products (
    id SERIAL,
    restaurant_id INTEGER,
    category_id INTEGER,
    name VARCHAR(255) NOT NULL,
    description TEXT,
    price DECIMAL(10,2) NOT NULL,
    cost DECIMAL(10,2),
    sku VARCHAR(100),
    image_url TEXT,
    is_active BOOLEAN DEFAULT true,
    available_in_pos BOOLEAN DEFAULT true,
    track_inventory BOOLEAN DEFAULT false,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE suppliers (
    id SERIAL,
    restaurant_id INTEGER,
    name VARCHAR(255) NOT NULL,
    contact_person VARCHAR(255),
    email VARCHAR(255),
    phone VARCHAR(50),
    address TEXT,
    payment_terms VARCHAR(100),
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE inventory_items (
    id SERIAL,
    restaurant_id INTEGER,
    product_id INTEGER,
    supplier_id INTEGER,
    current_stock DECIMAL(10,3) NOT NULL DEFAULT 0,
    minimum_stock DECIMAL(10,3) NOT NULL DEFAULT 0,
    maximum_stock DECIMAL(10,3) NOT NULL DEFAULT 0,
    reorder_point DECIMAL(10,3) NOT NULL DEFAULT 0,
    unit_cost DECIMAL(10,2) NOT NULL DEFAULT 0,
    unit_measure VARCHAR(50) DEFAULT 'each',
    last_restocked TIMESTAMP,
    turnover_rate DECIMAL(8,4) DEFAULT 0,
    wastage_rate DECIMAL(5,2) DEFAULT 0,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE employees (
    id SERIAL,
    restaurant_id INTEGER,
    user_id INTEGER,
    employee_number VARCHAR(50),
    hire_date DATE NOT NULL,
    termination_date DATE,
    job_title VARCHAR(100),
    department VARCHAR(100),
    hourly_rate DECIMAL(8,2),
    salary DECIMAL(10,2),
    employment_type VARCHAR(50) DEFAULT 'part_time',
    emergency_contact_name VARCHAR(255),
    emergency_contact_phone VARCHAR(50),
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE schedules (
    id SERIAL,
    restaurant_id INTEGER,
    name VARCHAR(255) NOT NULL,
    week_start DATE NOT NULL,
    week_end DATE NOT NULL,
    status VARCHAR(50) DEFAULT 'draft',
    total_scheduled_hours DECIMAL(8,2) DEFAULT 0,
    total_labor_cost DECIMAL(10,2) DEFAULT 0,
    created_by INTEGER,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE shifts (
    id SERIAL,
    restaurant_id INTEGER,
    schedule_id INTEGER,
    employee_id INTEGER,
    shift_date DATE NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    break_duration INTEGER DEFAULT 0,
    position VARCHAR(100),
    status VARCHAR(50) DEFAULT 'scheduled',
    hourly_rate DECIMAL(8,2),
    overtime_rate DECIMAL(8,2),
    notes TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE time_tracking (
    id SERIAL,
    restaurant_id INTEGER,
    employee_id INTEGER,
    shift_id INTEGER,
    clock_in TIMESTAMP,
    clock_out TIMESTAMP,
    break_start TIMESTAMP,
    break_end TIMESTAMP,
    total_hours DECIMAL(8,2),
    overtime_hours DECIMAL(8,2) DEFAULT 0,
    total_pay DECIMAL(10,2),
    status VARCHAR(50) DEFAULT 'active',
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE performance_metrics (
    id SERIAL,
    restaurant_id INTEGER,
    employee_id INTEGER,
    metric_date DATE NOT NULL,
    metric_type VARCHAR(100) NOT NULL,
    metric_value DECIMAL(10,2) NOT NULL,
    target_value DECIMAL(10,2),
    notes TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE orders (
    id SERIAL,
    restaurant_id INTEGER,
    order_number VARCHAR(100) NOT NULL,
    table_number VARCHAR(50),
    customer_name VARCHAR(255),
    order_type VARCHAR(50) DEFAULT 'dine_in',
    status VARCHAR(50) DEFAULT 'draft',
    subtotal DECIMAL(10,2) NOT NULL DEFAULT 0,
    tax_amount DECIMAL(10,2) NOT NULL DEFAULT 0,
    service_charge DECIMAL(10,2) NOT NULL DEFAULT 0,
    discount_amount DECIMAL(10,2) DEFAULT 0,
    total_amount DECIMAL(10,2) NOT NULL DEFAULT 0,
    items_count INTEGER DEFAULT 0,
    served_by INTEGER,
    created_by INTEGER,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE order_items (
    id SERIAL,
    order_id INTEGER,
    product_id INTEGER,
    quantity INTEGER NOT NULL DEFAULT 1,
    unit_price DECIMAL(10,2) NOT NULL,
    total_price DECIMAL(10,2) NOT NULL,
    special_instructions TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE payments (
    id SERIAL,
    restaurant_id INTEGER,
    order_id INTEGER,
    payment_method VARCHAR(50) NOT NULL,
    amount DECIMAL(10,2) NOT NULL,
    commission_rate DECIMAL(5,2),
    commission_amount DECIMAL(10,2),
    transaction_id VARCHAR(255),
    processor_response JSONB,
    status VARCHAR(50) DEFAULT 'pending',
    processed_at TIMESTAMP,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE commission_records (
    id SERIAL,
    restaurant_id INTEGER,
    platform_id INTEGER,
    order_id INTEGER,
    gross_amount DECIMAL(10,2) NOT NULL,
    commission_rate DECIMAL(5,2) NOT NULL,
    commission_amount DECIMAL(10,2) NOT NULL,
    processed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    payment_status VARCHAR(50) DEFAULT 'pending'
);

CREATE TABLE stock_movements (
    id SERIAL,
    restaurant_id INTEGER,
    inventory_item_id INTEGER,
    movement_type VARCHAR(50) NOT NULL,
    quantity DECIMAL(10,3) NOT NULL,
    unit_cost DECIMAL(10,2),
    total_cost DECIMAL(10,2),
    reference_id INTEGER,
    reference_type VARCHAR(50),
    notes TEXT,
    created_by INTEGER,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE restock_orders (
    id SERIAL,
    restaurant_id INTEGER,
    supplier_id INTEGER,
    order_number VARCHAR(100) NOT NULL,
    order_date DATE NOT NULL,
    expected_delivery DATE,
    actual_delivery DATE,
    status VARCHAR(50) DEFAULT 'pending',
    total_amount DECIMAL(10,2) DEFAULT 0,
    notes TEXT,
    created_by INTEGER,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE restock_order_items (
    id SERIAL,
    restock_order_id INTEGER,
    inventory_item_id INTEGER,
    quantity_ordered DECIMAL(10,3) NOT NULL,
    quantity_received DECIMAL(10,3) DEFAULT 0,
    unit_cost DECIMAL(10,2) NOT NULL,
    total_cost DECIMAL(10,2) NOT NULL,
    notes TEXT
);

CREATE TABLE daily_reports (
    id SERIAL,
    restaurant_id INTEGER,
    report_date DATE NOT NULL,
    total_sales DECIMAL(10,2) DEFAULT 0,
    total_orders INTEGER DEFAULT 0,
    average_ticket DECIMAL(10,2) DEFAULT 0,
    total_items INTEGER DEFAULT 0,
    payment_breakdown JSONB,
    top_products JSONB,
    staff_performance JSONB,
    generated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

COPY platforms (id, name, slug, owner_email, created_at, updated_at, is_active, total_restaurants, monthly_revenue) FROM stdin;
1	Tiny Platform	tiny	tess@tiny.example	2023-03-30 09:00:00	2023-03-30 09:00:00	t	1	774.39
\.

COPY platform_settings (id, platform_id, setting_key, setting_value, setting_type, created_at, updated_at) FROM stdin;
1	1	default_currency	GBP	string	2023-03-30 09:00:00	2023-03-30 09:00:00
2	1	payment_methods	["card","cash"]	json	2023-03-30 09:00:00	2023-03-30 09:00:00
\.

COPY subscription_plans (id, platform_id, name, commission_rate, service_fee_rate, monthly_fee, max_restaurants, features, is_active, created_at) FROM stdin;
1	1	basic	8.00	12.50	0.00	10	{"pos":true}	t	2023-03-30 09:00:00
\.

COPY restaurants (id, platform_id, name, slug, business_type, address, phone, email, tax_number, logo_url, created_at, updated_at, is_active, subscription_tier, monthly_revenue, last_activity) FROM stdin;
1	1	O'Brien's Café	obriens	restaurant	1 Tab\tStreet, Back\\slash Lane, London	+44 20 7946 0100	hello@obriens.example	\N	\N	2024-11-04 09:33:33	2024-11-04 09:33:33	t	basic	774.39	2025-03-31 15:24:37
\.

COPY restaurant_subscriptions (id, restaurant_id, plan_id, start_date, end_date, status, commission_rate, monthly_fee, created_at, updated_at) FROM stdin;
1	1	1	2024-11-04	\N	active	8.00	0.00	2024-11-04 09:33:33	2024-11-04 09:33:33
\.

COPY users (id, restaurant_id, platform_id, email, password_hash, first_name, last_name, phone, role, is_active, last_login, created_at, updated_at) FROM stdin;
1	\N	1	tess@tiny.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Tess	Owner	+44 20 7946 0001	platform_owner	t	2025-03-31 15:15:35	2023-03-30 09:00:00	2023-03-30 09:00:00
2	1	1	mo@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Mo	Manager	\N	manager	t	2025-03-31 09:32:48	2024-11-04 09:06:04	2024-11-04 09:06:04
3	1	1	sam@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Sam	Server	\N	server	t	2025-03-28 21:45:52	2024-12-06 09:06:22	2024-12-06 09:06:22
4	1	1	connor.rossi@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Connor	Rossi	+44 7700 900633	cook	t	2025-03-31 18:12:53	2025-02-13 09:01:29	2025-02-13 09:01:29
\.

COPY user_permissions (id, user_id, permission, granted_at, granted_by) FROM stdin;
1	1	platform.manage	2023-03-30 09:00:00	\N
2	1	plans.write	2023-03-30 09:00:00	\N
3	1	restaurants.read	2023-03-30 09:00:00	\N
4	1	restaurants.write	2023-03-30 09:00:00	\N
5	1	commissions.read	2023-03-30 09:00:00	\N
6	1	reports.read	2023-03-30 09:00:00	\N
7	2	menu.read	2024-11-04 09:06:04	1
8	2	menu.write	2024-11-04 09:06:04	1
9	2	inventory.read	2024-11-04 09:06:04	1
10	2	inventory.write	2024-11-04 09:06:04	1
11	2	employees.read	2024-11-04 09:06:04	1
12	2	employees.write	2024-11-04 09:06:04	1
13	2	schedules.read	2024-11-04 09:06:04	1
14	2	schedules.write	2024-11-04 09:06:04	1
15	2	orders.read	2024-11-04 09:06:04	1
16	2	orders.write	2024-11-04 09:06:04	1
17	2	payments.read	2024-11-04 09:06:04	1
18	2	payments.write	2024-11-04 09:06:04	1
19	2	payments.refund	2024-11-04 09:06:04	1
20	2	reports.read	2024-11-04 09:06:04	1
21	3	menu.read	2024-12-06 09:06:22	2
22	3	orders.read	2024-12-06 09:06:22	2
23	3	orders.write	2024-12-06 09:06:22	2
24	4	menu.read	2025-02-13 09:01:29	2
25	4	orders.read	2025-02-13 09:01:29	2
26	4	inventory.read	2025-02-13 09:01:29	2
\.

COPY categories (id, restaurant_id, name, icon, display_order, is_active, created_at) FROM stdin;
1	1	Breakfast	🍳	1	t	2024-11-04 09:33:33
2	1	Drinks	☕	2	t	2024-11-04 09:33:33
\.

COPY products (id, restaurant_id, category_id, name, description, price, cost, sku, image_url, is_active, available_in_pos, track_inventory, created_at, updated_at) FROM stdin;
1	1	1	Full English	Eggs, bacon & "proper" beans\nserved all day	9.50	3.10	TINY-FE	\N	t	t	t	2024-11-04 09:33:33	2024-11-04 09:33:33
2	1	2	Flat White	\N	3.20	0.60	TINY-FW	\N	t	t	t	2024-11-04 09:33:33	2024-11-04 09:33:33
3	1	2	Tap Water	\N	0.00	\N	TINY-TW	\N	t	t	f	2024-11-04 09:33:33	2024-11-04 09:33:33
\.

COPY suppliers (id, restaurant_id, name, contact_person, email, phone, address, payment_terms, is_active, created_at, updated_at) FROM stdin;
1	1	Dairy & Co	Niamh O'Neill	orders@dairy.example	+44 20 7946 0200	\N	Net 14	t	2024-11-04 09:33:33	2024-11-04 09:33:33
\.

COPY inventory_items (id, restaurant_id, product_id, supplier_id, current_stock, minimum_stock, maximum_stock, reorder_point, unit_cost, unit_measure, last_restocked, turnover_rate, wastage_rate, created_at, updated_at) FROM stdin;
1	1	1	1	68.000	10.000	87.000	20.000	3.10	each	2025-03-30 08:30:00	10.8231	2.00	2024-11-04 09:33:33	2025-03-31 23:55:00
2	1	2	\N	46.000	9.000	108.000	18.000	0.60	each	\N	1.9895	2.00	2024-11-04 09:33:33	2025-03-31 23:55:00
\.

COPY employees (id, restaurant_id, user_id, employee_number, hire_date, termination_date, job_title, department, hourly_rate, salary, employment_type, emergency_contact_name, emergency_contact_phone, is_active, created_at, updated_at) FROM stdin;
1	1	2	EMP1001	2024-11-04	\N	Manager	Management	15.00	\N	full_time	Theo Mensah	+44 7700 900124	t	2024-11-04 09:06:04	2024-11-04 09:06:04
2	1	3	EMP1002	2024-12-06	\N	Server	Front of House	11.44	\N	part_time	Leo Bailey	+44 7700 900871	t	2024-12-06 09:06:22	2024-12-06 09:06:22
3	1	4	EMP1003	2025-02-13	\N	Cook	Kitchen	12.00	\N	full_time	Poppy Rossi	+44 7700 900628	t	2025-02-13 09:01:29	2025-02-13 09:01:29
\.

COPY schedules (id, restaurant_id, name, week_start, week_end, status, total_scheduled_hours, total_labor_cost, created_by, created_at, updated_at) FROM stdin;
1	1	Week of 2025-03-24	2025-03-24	2025-03-30	published	13.00	152.36	2	2025-03-19 10:00:00	2025-03-19 10:00:00
2	1	Week of 2025-03-31	2025-03-31	2025-04-06	published	17.00	199.24	2	2025-03-26 10:00:00	2025-03-26 10:00:00
\.

COPY shifts (id, restaurant_id, schedule_id, employee_id, shift_date, start_time, end_time, break_duration, position, status, hourly_rate, overtime_rate, notes, created_at, updated_at) FROM stdin;
1	1	1	3	2025-03-29	08:30:00	15:30:00	30	cook	completed	12.00	18.00	\N	2025-03-19 10:00:00	2025-03-19 10:00:00
2	1	1	2	2025-03-29	08:30:00	15:30:00	30	server	completed	11.44	17.16	\N	2025-03-19 10:00:00	2025-03-19 10:00:00
3	1	2	3	2025-03-31	07:30:00	16:30:00	30	cook	completed	12.00	18.00	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
4	1	2	2	2025-03-31	07:30:00	16:30:00	30	server	completed	11.44	17.16	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
\.

COPY time_tracking (id, restaurant_id, employee_id, shift_id, clock_in, clock_out, break_start, break_end, total_hours, overtime_hours, total_pay, status, created_at, updated_at) FROM stdin;
1	1	3	1	2025-03-29 08:24:16	2025-03-29 15:29:25	2025-03-29 12:26:33	2025-03-29 13:01:33	6.50	0.00	78.00	approved	2025-03-29 08:24:16	2025-03-29 15:29:25
2	1	2	2	2025-03-29 08:27:06	2025-03-29 15:25:12	2025-03-29 11:35:23	2025-03-29 12:08:23	6.42	0.00	73.44	approved	2025-03-29 08:27:06	2025-03-29 15:25:12
3	1	3	3	2025-03-31 07:54:23	2025-03-31 16:28:59	2025-03-31 12:00:03	2025-03-31 12:32:03	8.04	0.04	96.72	approved	2025-03-31 07:54:23	2025-03-31 16:28:59
4	1	2	4	2025-03-31 07:22:20	2025-03-31 16:36:33	2025-03-31 12:30:04	2025-03-31 13:02:04	8.70	0.70	103.53	approved	2025-03-31 07:22:20	2025-03-31 16:36:33
\.

COPY performance_metrics (id, restaurant_id, employee_id, metric_date, metric_type, metric_value, target_value, notes, created_at) FROM stdin;
1	1	3	2025-03-29	hours_worked	6.50	6.50	\N	2025-03-29 23:55:00
2	1	3	2025-03-29	punctuality	0.00	0.00	\N	2025-03-29 23:55:00
3	1	2	2025-03-29	hours_worked	6.42	6.50	\N	2025-03-29 23:55:00
4	1	2	2025-03-29	punctuality	0.00	0.00	\N	2025-03-29 23:55:00
5	1	2	2025-03-29	orders_served	28.00	\N	\N	2025-03-29 23:55:00
6	1	2	2025-03-29	sales	572.90	\N	\N	2025-03-29 23:55:00
7	1	3	2025-03-31	hours_worked	8.04	8.50	\N	2025-03-31 23:55:00
8	1	3	2025-03-31	punctuality	24.00	0.00	\N	2025-03-31 23:55:00
9	1	2	2025-03-31	hours_worked	8.70	8.50	\N	2025-03-31 23:55:00
10	1	2	2025-03-31	punctuality	0.00	0.00	\N	2025-03-31 23:55:00
11	1	2	2025-03-31	orders_served	13.00	\N	\N	2025-03-31 23:55:00
12	1	2	2025-03-31	sales	201.49	\N	\N	2025-03-31 23:55:00
\.

COPY orders (id, restaurant_id, order_number, table_number, customer_name, order_type, status, subtotal, tax_amount, service_charge, discount_amount, total_amount, items_count, served_by, created_by, created_at, updated_at) FROM stdin;
1	1	ORD-1-20250329-001	Table 20	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	2	3	2025-03-29 09:29:21	2025-03-29 10:12:21
2	1	ORD-1-20250329-002	\N	Hannah S.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	3	2	3	2025-03-29 09:38:59	2025-03-29 09:57:59
3	1	ORD-1-20250329-003	\N	Yusuf M.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 10:08:42	2025-03-29 10:21:42
4	1	ORD-1-20250329-004	\N	Alfie C.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 10:14:50	2025-03-29 10:27:50
5	1	ORD-1-20250329-005	Table 19	\N	dine_in	completed	22.20	3.70	2.78	0.00	24.98	4	2	3	2025-03-29 10:32:57	2025-03-29 11:02:57
6	1	ORD-1-20250329-006	\N	Harry M.	takeaway	completed	9.50	1.43	0.00	0.95	8.55	2	2	3	2025-03-29 11:12:51	2025-03-29 11:21:51
7	1	ORD-1-20250329-007	\N	Lucia C.	delivery	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 12:11:03	2025-03-29 12:30:03
8	1	ORD-1-20250329-008	\N	Callum D.	delivery	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 12:11:51	2025-03-29 12:28:51
9	1	ORD-1-20250329-009	Table 4	\N	dine_in	completed	22.20	3.70	2.78	0.00	24.98	4	2	3	2025-03-29 12:13:00	2025-03-29 13:11:00
10	1	ORD-1-20250329-010	Table 9	\N	dine_in	completed	22.20	3.70	2.78	0.00	24.98	4	2	3	2025-03-29 12:16:04	2025-03-29 13:10:04
11	1	ORD-1-20250329-011	Table 14	\N	dine_in	completed	41.20	6.87	5.15	0.00	46.35	8	2	3	2025-03-29 12:18:13	2025-03-29 12:43:13
12	1	ORD-1-20250329-012	Table 5	\N	dine_in	completed	38.00	6.33	4.75	0.00	42.75	5	2	3	2025-03-29 12:20:58	2025-03-29 13:19:58
13	1	ORD-1-20250329-013	Table 9	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	2	3	2025-03-29 12:45:02	2025-03-29 13:50:02
14	1	ORD-1-20250329-014	\N	Rosie P.	delivery	completed	19.00	3.17	0.00	0.00	19.00	3	2	3	2025-03-29 12:54:00	2025-03-29 13:13:00
15	1	ORD-1-20250329-015	Table 19	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	2	3	2025-03-29 13:00:01	2025-03-29 13:59:01
16	1	ORD-1-20250329-016	\N	Muhammad H.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	2	2	3	2025-03-29 13:22:16	2025-03-29 13:34:16
17	1	ORD-1-20250329-017	Table 8	\N	dine_in	completed	31.70	5.28	3.96	0.00	35.66	5	2	3	2025-03-29 13:27:38	2025-03-29 13:57:38
18	1	ORD-1-20250329-018	Table 20	\N	dine_in	completed	38.00	6.33	4.75	0.00	42.75	5	2	3	2025-03-29 13:30:31	2025-03-29 14:07:31
19	1	ORD-1-20250329-019	\N	Henry O.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 13:34:12	2025-03-29 13:46:12
20	1	ORD-1-20250329-020	Table 4	\N	dine_in	completed	41.20	6.87	5.15	0.00	46.35	6	2	3	2025-03-29 13:35:19	2025-03-29 14:27:19
21	1	ORD-1-20250329-021	\N	Phoebe B.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 13:35:55	2025-03-29 13:49:55
22	1	ORD-1-20250329-022	\N	James S.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	2	2	3	2025-03-29 14:07:21	2025-03-29 14:27:21
23	1	ORD-1-20250329-023	Table 7	\N	dine_in	completed	19.00	3.17	2.38	0.00	21.38	3	2	3	2025-03-29 14:10:00	2025-03-29 15:01:00
24	1	ORD-1-20250329-024	Table 16	\N	dine_in	completed	28.50	4.75	3.56	0.00	32.06	4	2	3	2025-03-29 14:12:16	2025-03-29 14:42:16
25	1	ORD-1-20250329-025	Table 17	\N	dine_in	completed	31.70	5.28	3.96	0.00	35.66	6	2	3	2025-03-29 14:15:16	2025-03-29 15:24:16
26	1	ORD-1-20250329-026	Table 1	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	2	3	2025-03-29 14:18:51	2025-03-29 15:14:51
27	1	ORD-1-20250329-027	\N	Henry D.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	3	2	3	2025-03-29 14:19:57	2025-03-29 14:36:57
28	1	ORD-1-20250329-028	Table 10	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	2	3	2025-03-29 14:30:25	2025-03-29 15:27:25
29	1	ORD-1-20250331-001	Table 7	\N	dine_in	completed	19.00	3.17	2.38	0.00	21.38	3	2	3	2025-03-31 10:28:00	2025-03-31 11:15:00
30	1	ORD-1-20250331-002	Table 19	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	2	3	2025-03-31 10:48:19	2025-03-31 11:20:19
31	1	ORD-1-20250331-003	\N	Harry M.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-31 10:52:14	2025-03-31 11:03:14
32	1	ORD-1-20250331-004	Table 9	\N	dine_in	completed	19.00	3.17	2.38	0.00	21.38	3	2	3	2025-03-31 11:16:09	2025-03-31 11:47:09
33	1	ORD-1-20250331-005	Table 20	\N	dine_in	completed	22.20	3.33	2.50	2.22	22.48	3	2	3	2025-03-31 11:21:48	2025-03-31 12:31:48
34	1	ORD-1-20250331-006	\N	Charlie T.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	3	2	3	2025-03-31 12:06:11	2025-03-31 12:20:11
35	1	ORD-1-20250331-007	\N	Ethan W.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-31 12:07:01	2025-03-31 12:25:01
36	1	ORD-1-20250331-008	Table 10	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	2	3	2025-03-31 13:31:30	2025-03-31 14:39:30
37	1	ORD-1-20250331-009	Table 14	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	2	2	3	2025-03-31 14:19:42	2025-03-31 15:11:42
38	1	ORD-1-20250331-010	Table 7	\N	dine_in	completed	12.70	2.12	1.59	0.00	14.29	2	2	3	2025-03-31 14:27:27	2025-03-31 14:53:27
39	1	ORD-1-20250331-011	Table 16	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	2	2	3	2025-03-31 14:33:54	2025-03-31 15:21:54
40	1	ORD-1-20250331-012	\N	Priya R.	takeaway	completed	22.20	3.70	0.00	0.00	22.20	4	2	3	2025-03-31 14:34:02	2025-03-31 14:44:02
41	1	ORD-1-20250331-013	\N	Charlie T.	delivery	completed	19.00	3.17	0.00	0.00	19.00	3	2	3	2025-03-31 15:24:37	2025-03-31 15:41:37
\.

COPY order_items (id, order_id, product_id, quantity, unit_price, total_price, special_instructions, created_at) FROM stdin;
1	1	1	1	9.50	9.50	No coriander	2025-03-29 09:29:21
2	2	1	2	9.50	19.00	Sauce on the side	2025-03-29 09:38:59
3	2	3	1	0.00	0.00	\N	2025-03-29 09:38:59
4	3	1	1	9.50	9.50	\N	2025-03-29 10:08:42
5	4	1	1	9.50	9.50	\N	2025-03-29 10:14:50
6	5	1	2	9.50	19.00	\N	2025-03-29 10:32:57
7	5	3	1	0.00	0.00	\N	2025-03-29 10:32:57
8	5	2	1	3.20	3.20	Allergy: nuts	2025-03-29 10:32:57
9	6	1	1	9.50	9.50	\N	2025-03-29 11:12:51
10	6	3	1	0.00	0.00	\N	2025-03-29 11:12:51
11	7	1	1	9.50	9.50	\N	2025-03-29 12:11:03
12	8	1	1	9.50	9.50	\N	2025-03-29 12:11:51
13	9	1	2	9.50	19.00	No coriander	2025-03-29 12:13:00
14	9	2	1	3.20	3.20	\N	2025-03-29 12:13:00
15	9	3	1	0.00	0.00	\N	2025-03-29 12:13:00
16	10	1	2	9.50	19.00	\N	2025-03-29 12:16:04
17	10	3	1	0.00	0.00	\N	2025-03-29 12:16:04
18	10	2	1	3.20	3.20	\N	2025-03-29 12:16:04
19	11	1	4	9.50	38.00	\N	2025-03-29 12:18:13
20	11	3	3	0.00	0.00	\N	2025-03-29 12:18:13
21	11	2	1	3.20	3.20	\N	2025-03-29 12:18:13
22	12	1	4	9.50	38.00	\N	2025-03-29 12:20:58
23	12	3	1	0.00	0.00	\N	2025-03-29 12:20:58
24	13	1	1	9.50	9.50	\N	2025-03-29 12:45:02
25	14	1	2	9.50	19.00	\N	2025-03-29 12:54:00
26	14	3	1	0.00	0.00	\N	2025-03-29 12:54:00
27	15	1	1	9.50	9.50	\N	2025-03-29 13:00:01
28	16	1	1	9.50	9.50	\N	2025-03-29 13:22:16
29	16	3	1	0.00	0.00	\N	2025-03-29 13:22:16
30	17	1	3	9.50	28.50	\N	2025-03-29 13:27:38
31	17	2	1	3.20	3.20	\N	2025-03-29 13:27:38
32	17	3	1	0.00	0.00	\N	2025-03-29 13:27:38
33	18	1	4	9.50	38.00	\N	2025-03-29 13:30:31
34	18	3	1	0.00	0.00	Allergy: nuts	2025-03-29 13:30:31
35	19	1	1	9.50	9.50	\N	2025-03-29 13:34:12
36	20	1	4	9.50	38.00	\N	2025-03-29 13:35:19
37	20	2	1	3.20	3.20	\N	2025-03-29 13:35:19
38	20	3	1	0.00	0.00	\N	2025-03-29 13:35:19
39	21	1	1	9.50	9.50	\N	2025-03-29 13:35:55
40	22	1	1	9.50	9.50	\N	2025-03-29 14:07:21
41	22	3	1	0.00	0.00	Gluten free if possible	2025-03-29 14:07:21
42	23	1	2	9.50	19.00	\N	2025-03-29 14:10:00
43	23	3	1	0.00	0.00	\N	2025-03-29 14:10:00
44	24	1	3	9.50	28.50	\N	2025-03-29 14:12:16
45	24	3	1	0.00	0.00	\N	2025-03-29 14:12:16
46	25	1	3	9.50	28.50	\N	2025-03-29 14:15:16
47	25	3	2	0.00	0.00	\N	2025-03-29 14:15:16
48	25	2	1	3.20	3.20	\N	2025-03-29 14:15:16
49	26	1	1	9.50	9.50	\N	2025-03-29 14:18:51
50	27	1	2	9.50	19.00	\N	2025-03-29 14:19:57
51	27	3	1	0.00	0.00	\N	2025-03-29 14:19:57
52	28	1	1	9.50	9.50	\N	2025-03-29 14:30:25
53	29	1	2	9.50	19.00	\N	2025-03-31 10:28:00
54	29	3	1	0.00	0.00	\N	2025-03-31 10:28:00
55	30	1	1	9.50	9.50	\N	2025-03-31 10:48:19
56	31	1	1	9.50	9.50	\N	2025-03-31 10:52:14
57	32	1	2	9.50	19.00	\N	2025-03-31 11:16:09
58	32	3	1	0.00	0.00	\N	2025-03-31 11:16:09
59	33	1	2	9.50	19.00	\N	2025-03-31 11:21:48
60	33	2	1	3.20	3.20	\N	2025-03-31 11:21:48
61	34	1	2	9.50	19.00	\N	2025-03-31 12:06:11
62	34	3	1	0.00	0.00	\N	2025-03-31 12:06:11
63	35	1	1	9.50	9.50	\N	2025-03-31 12:07:01
64	36	1	1	9.50	9.50	\N	2025-03-31 13:31:30
65	37	1	1	9.50	9.50	\N	2025-03-31 14:19:42
66	37	3	1	0.00	0.00	\N	2025-03-31 14:19:42
67	38	1	1	9.50	9.50	\N	2025-03-31 14:27:27
68	38	2	1	3.20	3.20	\N	2025-03-31 14:27:27
69	39	1	1	9.50	9.50	\N	2025-03-31 14:33:54
70	39	3	1	0.00	0.00	\N	2025-03-31 14:33:54
71	40	1	2	9.50	19.00	\N	2025-03-31 14:34:02
72	40	3	1	0.00	0.00	\N	2025-03-31 14:34:02
73	40	2	1	3.20	3.20	\N	2025-03-31 14:34:02
74	41	1	2	9.50	19.00	\N	2025-03-31 15:24:37
75	41	3	1	0.00	0.00	No onions	2025-03-31 15:24:37
\.

COPY payments (id, restaurant_id, order_id, payment_method, amount, commission_rate, commission_amount, transaction_id, processor_response, status, processed_at, created_at) FROM stdin;
1	1	1	card	10.69	8.00	0.86	txn_e0f8f882a33b12d35b984739	{"status":"approved","authorization_code":"2F44F1","card_brand":"mastercard","last4":"1544","entry_mode":"contactless"}	completed	2025-03-29 10:12:21	2025-03-29 10:12:21
2	1	2	card	19.00	8.00	1.52	txn_9fd3dc190d9c9af17896efbc	{"status":"approved","authorization_code":"2530CB","card_brand":"visa","last4":"5777","entry_mode":"chip"}	completed	2025-03-29 09:40:22	2025-03-29 09:40:22
3	1	3	card	9.50	8.00	0.76	txn_82fcac123607a41ba1ac7405	{"status":"approved","authorization_code":"16AB11","card_brand":"visa","last4":"2750","entry_mode":"contactless"}	completed	2025-03-29 10:09:07	2025-03-29 10:09:07
4	1	4	cash	9.50	8.00	0.76	\N	{"status":"cash","tendered":10.00,"change":0.50}	completed	2025-03-29 10:15:46	2025-03-29 10:15:46
5	1	5	card	24.98	8.00	2.00	txn_9008b1ce08ed088544539cb9	{"status":"approved","authorization_code":"5B2B1E","card_brand":"visa","last4":"2209","entry_mode":"contactless"}	completed	2025-03-29 11:02:57	2025-03-29 11:02:57
6	1	6	card	8.55	8.00	0.68	txn_b83101eb440e9cf535ef2fbe	{"status":"approved","authorization_code":"2CC1BC","card_brand":"visa","last4":"8566","entry_mode":"contactless"}	completed	2025-03-29 11:14:27	2025-03-29 11:14:27
7	1	7	card	9.50	8.00	0.76	txn_5de8babe283a69d1519ff5f6	{"status":"approved","authorization_code":"FD0048","card_brand":"mastercard","last4":"4530","entry_mode":"chip"}	completed	2025-03-29 12:12:20	2025-03-29 12:12:20
8	1	8	card	9.50	8.00	0.76	txn_7dd3603133400aa33605db38	{"status":"approved","authorization_code":"056703","card_brand":"visa","last4":"4099","entry_mode":"chip"}	completed	2025-03-29 12:12:47	2025-03-29 12:12:47
9	1	9	cash	24.98	8.00	2.00	\N	{"status":"cash","tendered":50.00,"change":25.02}	completed	2025-03-29 13:11:00	2025-03-29 13:11:00
10	1	10	apple_pay	24.98	8.00	2.00	txn_f494d01252286f596ea3d137	{"status":"approved","authorization_code":"FBE55F","card_brand":"visa","last4":"0013","wallet":"apple_pay"}	completed	2025-03-29 13:10:04	2025-03-29 13:10:04
11	1	11	cash	46.35	8.00	3.71	\N	{"status":"cash","tendered":50.00,"change":3.65}	completed	2025-03-29 12:43:13	2025-03-29 12:43:13
12	1	12	cash	42.75	8.00	3.42	\N	{"status":"cash","tendered":50.00,"change":7.25}	completed	2025-03-29 13:19:58	2025-03-29 13:19:58
13	1	13	card	10.69	8.00	0.86	txn_be0b2ecf0f800bfec4bd7790	{"status":"approved","authorization_code":"1C0974","card_brand":"mastercard","last4":"5915","entry_mode":"contactless"}	completed	2025-03-29 13:50:02	2025-03-29 13:50:02
14	1	14	card	19.00	8.00	1.52	txn_e87730816723297138d46032	{"status":"approved","authorization_code":"240996","card_brand":"mastercard","last4":"7555","entry_mode":"contactless"}	completed	2025-03-29 12:55:20	2025-03-29 12:55:20
15	1	15	apple_pay	10.69	8.00	0.86	txn_8329b3c1d27122ebc808e133	{"status":"approved","authorization_code":"7AF3CE","card_brand":"visa","last4":"4585","wallet":"apple_pay"}	completed	2025-03-29 13:59:01	2025-03-29 13:59:01
16	1	16	card	9.50	8.00	0.76	txn_7414c9628d139d38899d1299	{"status":"approved","authorization_code":"270B1E","card_brand":"mastercard","last4":"7812","entry_mode":"contactless"}	completed	2025-03-29 13:22:58	2025-03-29 13:22:58
17	1	17	card	35.66	8.00	2.85	txn_ab45ba0971c1626e8bbd9e41	{"status":"approved","authorization_code":"EAD3A7","card_brand":"mastercard","last4":"3562","entry_mode":"contactless"}	completed	2025-03-29 13:57:38	2025-03-29 13:57:38
18	1	18	card	10.71	8.00	0.86	txn_ec9c5594d56e0e9eb318f45c	{"status":"approved","authorization_code":"5EC125","card_brand":"mastercard","last4":"5292","entry_mode":"contactless"}	completed	2025-03-29 14:07:31	2025-03-29 14:07:31
19	1	18	cash	10.68	8.00	0.85	\N	{"status":"cash","tendered":20.00,"change":9.32}	completed	2025-03-29 14:07:31	2025-03-29 14:07:31
20	1	18	apple_pay	10.68	8.00	0.85	txn_da040b68a5cf491a3685cc4c	{"status":"approved","authorization_code":"9E6413","card_brand":"visa","last4":"3437","wallet":"apple_pay"}	completed	2025-03-29 14:07:31	2025-03-29 14:07:31
21	1	18	card	10.68	8.00	0.85	txn_3d0ae3ca583e73bd2ab090cd	{"status":"approved","authorization_code":"E2B87D","card_brand":"mastercard","last4":"4283","entry_mode":"contactless"}	completed	2025-03-29 14:07:31	2025-03-29 14:07:31
22	1	19	card	9.50	8.00	0.76	txn_d42bce7dace14c0bb7d056c3	{"status":"approved","authorization_code":"E750B8","card_brand":"visa","last4":"7526","entry_mode":"contactless"}	completed	2025-03-29 13:35:17	2025-03-29 13:35:17
23	1	20	apple_pay	46.35	8.00	3.71	txn_6153f121ba60a6cc352b20b6	{"status":"approved","authorization_code":"7816E0","card_brand":"visa","last4":"0997","wallet":"apple_pay"}	completed	2025-03-29 14:27:19	2025-03-29 14:27:19
24	1	21	cash	9.50	8.00	0.76	\N	{"status":"cash","tendered":10.00,"change":0.50}	completed	2025-03-29 13:36:55	2025-03-29 13:36:55
25	1	22	card	9.50	8.00	0.76	txn_dbfc0f22f9ab91ab7defa781	{"status":"approved","authorization_code":"CF2EF7","card_brand":"mastercard","last4":"3280","entry_mode":"contactless"}	completed	2025-03-29 14:07:29	2025-03-29 14:07:29
26	1	23	apple_pay	21.38	8.00	1.71	txn_0ebd861d89276e3f63fea7b5	{"status":"approved","authorization_code":"10A28A","card_brand":"amex","last4":"1393","wallet":"apple_pay"}	completed	2025-03-29 15:01:00	2025-03-29 15:01:00
27	1	24	card	32.06	8.00	2.56	txn_7de88b4b8c2dfb6c0e2867c2	{"status":"approved","authorization_code":"FDD225","card_brand":"visa","last4":"9632","entry_mode":"contactless"}	completed	2025-03-29 14:42:16	2025-03-29 14:42:16
28	1	25	card	11.90	8.00	0.95	txn_9a50fd09cc3195ee80976b46	{"status":"approved","authorization_code":"D7C085","card_brand":"visa","last4":"1958","entry_mode":"chip"}	completed	2025-03-29 15:24:16	2025-03-29 15:24:16
29	1	25	card	11.88	8.00	0.95	txn_5395db398daee7deacab00a2	{"status":"approved","authorization_code":"22C296","card_brand":"mastercard","last4":"4931","entry_mode":"contactless"}	completed	2025-03-29 15:24:16	2025-03-29 15:24:16
30	1	25	card	11.88	8.00	0.95	txn_ca214fb92caa6c7e47a5bc9e	{"status":"approved","authorization_code":"B82229","card_brand":"visa","last4":"6187","entry_mode":"contactless"}	completed	2025-03-29 15:24:16	2025-03-29 15:24:16
31	1	26	apple_pay	10.69	8.00	0.86	txn_b94e871408d3fe72dffea524	{"status":"approved","authorization_code":"639D42","card_brand":"mastercard","last4":"8345","wallet":"apple_pay"}	completed	2025-03-29 15:14:51	2025-03-29 15:14:51
32	1	27	apple_pay	19.00	8.00	1.52	txn_bf078eed0b7074304fde9cfc	{"status":"approved","authorization_code":"C368D0","card_brand":"visa","last4":"5936","wallet":"apple_pay"}	completed	2025-03-29 14:20:21	2025-03-29 14:20:21
33	1	28	card	10.69	8.00	0.86	txn_66e70806defc6f528822639f	{"status":"approved","authorization_code":"33A419","card_brand":"visa","last4":"5537","entry_mode":"contactless"}	completed	2025-03-29 15:27:25	2025-03-29 15:27:25
34	1	29	card	21.38	8.00	1.71	txn_8c3363ccd6b596d03dfd9964	{"status":"approved","authorization_code":"ECF1C0","card_brand":"mastercard","last4":"7098","entry_mode":"contactless"}	completed	2025-03-31 11:15:00	2025-03-31 11:15:00
35	1	30	card	10.69	8.00	0.86	txn_4d12be51772c30db48f3acfd	{"status":"approved","authorization_code":"2CA1F9","card_brand":"visa","last4":"5563","entry_mode":"contactless"}	completed	2025-03-31 11:20:19	2025-03-31 11:20:19
36	1	31	card	9.50	8.00	0.76	txn_fcb98ee7b248e5cbeab682a9	{"status":"approved","authorization_code":"AAA7B0","card_brand":"visa","last4":"4343","entry_mode":"contactless"}	completed	2025-03-31 10:52:35	2025-03-31 10:52:35
37	1	32	apple_pay	21.38	8.00	1.71	txn_95f8d8a786ca6da3e78c6596	{"status":"approved","authorization_code":"904D38","card_brand":"mastercard","last4":"7956","wallet":"apple_pay"}	completed	2025-03-31 11:47:09	2025-03-31 11:47:09
38	1	33	card	22.48	8.00	1.80	txn_0193bfa843d75241f747ff20	{"status":"approved","authorization_code":"E3D754","card_brand":"mastercard","last4":"0102","entry_mode":"contactless"}	completed	2025-03-31 12:31:48	2025-03-31 12:31:48
39	1	34	cash	19.00	8.00	1.52	\N	{"status":"cash","tendered":20.00,"change":1.00}	completed	2025-03-31 12:06:38	2025-03-31 12:06:38
40	1	35	card	9.50	8.00	0.76	txn_a1540141a9f28fc5f9ec95b8	{"status":"approved","authorization_code":"6272C6","card_brand":"visa","last4":"6986","entry_mode":"contactless"}	completed	2025-03-31 12:07:33	2025-03-31 12:07:33
41	1	36	card	10.69	8.00	0.86	txn_d43a806201afbcd46a4490b1	{"status":"approved","authorization_code":"AF283C","card_brand":"mastercard","last4":"2108","entry_mode":"contactless"}	completed	2025-03-31 14:39:30	2025-03-31 14:39:30
42	1	37	card	10.69	8.00	0.86	txn_41e659fe49d2f18c1d07b46a	{"status":"approved","authorization_code":"CF30E9","card_brand":"mastercard","last4":"6242","entry_mode":"contactless"}	completed	2025-03-31 15:11:42	2025-03-31 15:11:42
43	1	38	card	14.29	8.00	1.14	txn_bbe687608c2d0664eb853f4a	{"status":"approved","authorization_code":"306558","card_brand":"visa","last4":"7463","entry_mode":"contactless"}	completed	2025-03-31 14:53:27	2025-03-31 14:53:27
44	1	39	card	10.69	8.00	0.86	txn_c1166761ed72628f7e744a98	{"status":"approved","authorization_code":"EC98C5","card_brand":"mastercard","last4":"6969","entry_mode":"chip"}	completed	2025-03-31 15:21:54	2025-03-31 15:21:54
45	1	40	cash	22.20	8.00	1.78	\N	{"status":"cash","tendered":50.00,"change":27.80}	completed	2025-03-31 14:34:53	2025-03-31 14:34:53
46	1	41	card	19.00	8.00	1.52	txn_e4f4a17292b3eaa2cd0518f6	{"status":"approved","authorization_code":"3A4951","card_brand":"mastercard","last4":"3597","entry_mode":"contactless"}	completed	2025-03-31 15:26:12	2025-03-31 15:26:12
\.

COPY commission_records (id, restaurant_id, platform_id, order_id, gross_amount, commission_rate, commission_amount, processed_at, payment_status) FROM stdin;
1	1	1	1	10.69	8.00	0.86	2025-03-29 10:12:21	pending
2	1	1	2	19.00	8.00	1.52	2025-03-29 09:40:22	pending
3	1	1	3	9.50	8.00	0.76	2025-03-29 10:09:07	pending
4	1	1	4	9.50	8.00	0.76	2025-03-29 10:15:46	pending
5	1	1	5	24.98	8.00	2.00	2025-03-29 11:02:57	pending
6	1	1	6	8.55	8.00	0.68	2025-03-29 11:14:27	pending
7	1	1	7	9.50	8.00	0.76	2025-03-29 12:12:20	pending
8	1	1	8	9.50	8.00	0.76	2025-03-29 12:12:47	pending
9	1	1	9	24.98	8.00	2.00	2025-03-29 13:11:00	pending
10	1	1	10	24.98	8.00	2.00	2025-03-29 13:10:04	pending
11	1	1	11	46.35	8.00	3.71	2025-03-29 12:43:13	pending
12	1	1	12	42.75	8.00	3.42	2025-03-29 13:19:58	pending
13	1	1	13	10.69	8.00	0.86	2025-03-29 13:50:02	pending
14	1	1	14	19.00	8.00	1.52	2025-03-29 12:55:20	pending
15	1	1	15	10.69	8.00	0.86	2025-03-29 13:59:01	pending
16	1	1	16	9.50	8.00	0.76	2025-03-29 13:22:58	pending
17	1	1	17	35.66	8.00	2.85	2025-03-29 13:57:38	pending
18	1	1	18	42.75	8.00	3.42	2025-03-29 14:07:31	pending
19	1	1	19	9.50	8.00	0.76	2025-03-29 13:35:17	pending
20	1	1	20	46.35	8.00	3.71	2025-03-29 14:27:19	pending
21	1	1	21	9.50	8.00	0.76	2025-03-29 13:36:55	pending
22	1	1	22	9.50	8.00	0.76	2025-03-29 14:07:29	pending
23	1	1	23	21.38	8.00	1.71	2025-03-29 15:01:00	pending
24	1	1	24	32.06	8.00	2.56	2025-03-29 14:42:16	pending
25	1	1	25	35.66	8.00	2.85	2025-03-29 15:24:16	pending
26	1	1	26	10.69	8.00	0.86	2025-03-29 15:14:51	pending
27	1	1	27	19.00	8.00	1.52	2025-03-29 14:20:21	pending
28	1	1	28	10.69	8.00	0.86	2025-03-29 15:27:25	pending
29	1	1	29	21.38	8.00	1.71	2025-03-31 11:15:00	pending
30	1	1	30	10.69	8.00	0.86	2025-03-31 11:20:19	pending
31	1	1	31	9.50	8.00	0.76	2025-03-31 10:52:35	pending
32	1	1	32	21.38	8.00	1.71	2025-03-31 11:47:09	pending
33	1	1	33	22.48	8.00	1.80	2025-03-31 12:31:48	pending
34	1	1	34	19.00	8.00	1.52	2025-03-31 12:06:38	pending
35	1	1	35	9.50	8.00	0.76	2025-03-31 12:07:33	pending
36	1	1	36	10.69	8.00	0.86	2025-03-31 14:39:30	pending
37	1	1	37	10.69	8.00	0.86	2025-03-31 15:11:42	pending
38	1	1	38	14.29	8.00	1.14	2025-03-31 14:53:27	pending
39	1	1	39	10.69	8.00	0.86	2025-03-31 15:21:54	pending
40	1	1	40	22.20	8.00	1.78	2025-03-31 14:34:53	pending
41	1	1	41	19.00	8.00	1.52	2025-03-31 15:26:12	pending
\.

COPY stock_movements (id, restaurant_id, inventory_item_id, movement_type, quantity, unit_cost, total_cost, reference_id, reference_type, notes, created_by, created_at) FROM stdin;
1	1	1	adjustment	67.000	3.10	207.70	\N	\N	Opening stock count	2	2025-03-28 23:00:00
2	1	2	adjustment	56.000	0.60	33.60	\N	\N	Opening stock count	2	2025-03-28 23:00:00
3	1	1	sale	-1.000	3.10	3.10	1	order	\N	3	2025-03-29 09:29:21
4	1	1	sale	-2.000	3.10	6.20	2	order	\N	3	2025-03-29 09:38:59
5	1	1	sale	-1.000	3.10	3.10	3	order	\N	3	2025-03-29 10:08:42
6	1	1	sale	-1.000	3.10	3.10	4	order	\N	3	2025-03-29 10:14:50
7	1	1	sale	-2.000	3.10	6.20	5	order	\N	3	2025-03-29 10:32:57
8	1	2	sale	-1.000	0.60	0.60	5	order	\N	3	2025-03-29 10:32:57
9	1	1	sale	-1.000	3.10	3.10	6	order	\N	3	2025-03-29 11:12:51
10	1	1	sale	-1.000	3.10	3.10	7	order	\N	3	2025-03-29 12:11:03
11	1	1	sale	-1.000	3.10	3.10	8	order	\N	3	2025-03-29 12:11:51
12	1	1	sale	-2.000	3.10	6.20	9	order	\N	3	2025-03-29 12:13:00
13	1	2	sale	-1.000	0.60	0.60	9	order	\N	3	2025-03-29 12:13:00
14	1	1	sale	-2.000	3.10	6.20	10	order	\N	3	2025-03-29 12:16:04
15	1	2	sale	-1.000	0.60	0.60	10	order	\N	3	2025-03-29 12:16:04
16	1	1	sale	-4.000	3.10	12.40	11	order	\N	3	2025-03-29 12:18:13
17	1	2	sale	-1.000	0.60	0.60	11	order	\N	3	2025-03-29 12:18:13
18	1	1	sale	-4.000	3.10	12.40	12	order	\N	3	2025-03-29 12:20:58
19	1	1	sale	-1.000	3.10	3.10	13	order	\N	3	2025-03-29 12:45:02
20	1	1	sale	-2.000	3.10	6.20	14	order	\N	3	2025-03-29 12:54:00
21	1	1	sale	-1.000	3.10	3.10	15	order	\N	3	2025-03-29 13:00:01
22	1	1	sale	-1.000	3.10	3.10	16	order	\N	3	2025-03-29 13:22:16
23	1	1	sale	-3.000	3.10	9.30	17	order	\N	3	2025-03-29 13:27:38
24	1	2	sale	-1.000	0.60	0.60	17	order	\N	3	2025-03-29 13:27:38
25	1	1	sale	-4.000	3.10	12.40	18	order	\N	3	2025-03-29 13:30:31
26	1	1	sale	-1.000	3.10	3.10	19	order	\N	3	2025-03-29 13:34:12
27	1	1	sale	-4.000	3.10	12.40	20	order	\N	3	2025-03-29 13:35:19
28	1	2	sale	-1.000	0.60	0.60	20	order	\N	3	2025-03-29 13:35:19
29	1	1	sale	-1.000	3.10	3.10	21	order	\N	3	2025-03-29 13:35:55
30	1	1	sale	-1.000	3.10	3.10	22	order	\N	3	2025-03-29 14:07:21
31	1	1	sale	-2.000	3.10	6.20	23	order	\N	3	2025-03-29 14:10:00
32	1	1	sale	-3.000	3.10	9.30	24	order	\N	3	2025-03-29 14:12:16
33	1	1	sale	-3.000	3.10	9.30	25	order	\N	3	2025-03-29 14:15:16
34	1	2	sale	-1.000	0.60	0.60	25	order	\N	3	2025-03-29 14:15:16
35	1	1	sale	-1.000	3.10	3.10	26	order	\N	3	2025-03-29 14:18:51
36	1	1	sale	-2.000	3.10	6.20	27	order	\N	3	2025-03-29 14:19:57
37	1	1	sale	-1.000	3.10	3.10	28	order	\N	3	2025-03-29 14:30:25
38	1	1	waste	-2.000	3.10	6.20	\N	\N	End-of-day waste	2	2025-03-29 15:15:00
39	1	1	restock	75.000	3.10	232.50	1	restock	\N	2	2025-03-30 08:30:00
40	1	1	sale	-2.000	3.10	6.20	29	order	\N	3	2025-03-31 10:28:00
41	1	1	sale	-1.000	3.10	3.10	30	order	\N	3	2025-03-31 10:48:19
42	1	1	sale	-1.000	3.10	3.10	31	order	\N	3	2025-03-31 10:52:14
43	1	1	sale	-2.000	3.10	6.20	32	order	\N	3	2025-03-31 11:16:09
44	1	1	sale	-2.000	3.10	6.20	33	order	\N	3	2025-03-31 11:21:48
45	1	2	sale	-1.000	0.60	0.60	33	order	\N	3	2025-03-31 11:21:48
46	1	1	sale	-2.000	3.10	6.20	34	order	\N	3	2025-03-31 12:06:11
47	1	1	sale	-1.000	3.10	3.10	35	order	\N	3	2025-03-31 12:07:01
48	1	1	sale	-1.000	3.10	3.10	36	order	\N	3	2025-03-31 13:31:30
49	1	1	sale	-1.000	3.10	3.10	37	order	\N	3	2025-03-31 14:19:42
50	1	1	sale	-1.000	3.10	3.10	38	order	\N	3	2025-03-31 14:27:27
51	1	2	sale	-1.000	0.60	0.60	38	order	\N	3	2025-03-31 14:27:27
52	1	1	sale	-1.000	3.10	3.10	39	order	\N	3	2025-03-31 14:33:54
53	1	1	sale	-2.000	3.10	6.20	40	order	\N	3	2025-03-31 14:34:02
54	1	2	sale	-1.000	0.60	0.60	40	order	\N	3	2025-03-31 14:34:02
55	1	1	sale	-2.000	3.10	6.20	41	order	\N	3	2025-03-31 15:24:37
\.

COPY restock_orders (id, restaurant_id, supplier_id, order_number, order_date, expected_delivery, actual_delivery, status, total_amount, notes, created_by, created_at, updated_at) FROM stdin;
1	1	1	PO-1-00001	2025-03-29	2025-03-30	2025-03-30	delivered	232.50	\N	2	2025-03-29 15:20:00	2025-03-30 08:30:00
\.

COPY restock_order_items (id, restock_order_id, inventory_item_id, quantity_ordered, quantity_received, unit_cost, total_cost, notes) FROM stdin;
1	1	1	75.000	75.000	3.10	232.50	\N
\.

COPY daily_reports (id, restaurant_id, report_date, total_sales, total_orders, average_ticket, total_items, payment_breakdown, top_products, staff_performance, generated_at) FROM stdin;
1	1	2025-03-29	572.90	28	20.46	80	{"apple_pay":143.77,"card":285.37,"cash":143.76}	[{"product_id":1,"name":"Full English","quantity":53,"revenue":503.50},{"product_id":3,"name":"Tap Water","quantity":20,"revenue":0.00},{"product_id":2,"name":"Flat White","quantity":7,"revenue":22.40}]	{"2":{"orders":28,"sales":572.90}}	2025-03-29 23:55:00
2	1	2025-03-31	201.49	13	15.50	29	{"apple_pay":21.38,"card":138.91,"cash":41.20}	[{"product_id":1,"name":"Full English","quantity":19,"revenue":180.50},{"product_id":3,"name":"Tap Water","quantity":7,"revenue":0.00},{"product_id":2,"name":"Flat White","quantity":3,"revenue":9.60}]	{"2":{"orders":13,"sales":201.49}}	2025-03-31 23:55:00
\.

ALTER TABLE ONLY platforms ADD PRIMARY KEY (id);
ALTER TABLE ONLY platforms ADD UNIQUE (slug);
ALTER TABLE ONLY platform_settings ADD PRIMARY KEY (id);
ALTER TABLE ONLY platform_settings ADD UNIQUE (platform_id, setting_key);
ALTER TABLE ONLY subscription_plans ADD PRIMARY KEY (id);
ALTER TABLE ONLY restaurants ADD PRIMARY KEY (id);
ALTER TABLE ONLY restaurants ADD UNIQUE (platform_id, slug);
ALTER TABLE ONLY restaurant_subscriptions ADD PRIMARY KEY (id);
ALTER TABLE ONLY users ADD PRIMARY KEY (id);
ALTER TABLE ONLY users ADD UNIQUE (email);
ALTER TABLE ONLY user_permissions ADD PRIMARY KEY (id);
ALTER TABLE ONLY user_permissions ADD UNIQUE (user_id, permission);
ALTER TABLE ONLY categories ADD PRIMARY KEY (id);
ALTER TABLE ONLY categories ADD UNIQUE (restaurant_id, name);
ALTER TABLE ONLY products ADD PRIMARY KEY (id);
ALTER TABLE ONLY products ADD UNIQUE (restaurant_id, sku);
ALTER TABLE ONLY suppliers ADD PRIMARY KEY (id);
ALTER TABLE ONLY inventory_items ADD PRIMARY KEY (id);
ALTER TABLE ONLY inventory_items ADD UNIQUE (restaurant_id, product_id);
ALTER TABLE ONLY employees ADD PRIMARY KEY (id);
ALTER TABLE ONLY employees ADD UNIQUE (restaurant_id, employee_number);
ALTER TABLE ONLY schedules ADD PRIMARY KEY (id);
ALTER TABLE ONLY shifts ADD PRIMARY KEY (id);
ALTER TABLE ONLY time_tracking ADD PRIMARY KEY (id);
ALTER TABLE ONLY performance_metrics ADD PRIMARY KEY (id);
ALTER TABLE ONLY performance_metrics ADD UNIQUE (restaurant_id, employee_id, metric_date, metric_type);
ALTER TABLE ONLY orders ADD PRIMARY KEY (id);
ALTER TABLE ONLY orders ADD UNIQUE (order_number);
ALTER TABLE ONLY order_items ADD PRIMARY KEY (id);
ALTER TABLE ONLY payments ADD PRIMARY KEY (id);
ALTER TABLE ONLY commission_records ADD PRIMARY KEY (id);
ALTER TABLE ONLY stock_movements ADD PRIMARY KEY (id);
ALTER TABLE ONLY restock_orders ADD PRIMARY KEY (id);
ALTER TABLE ONLY restock_orders ADD UNIQUE (order_number);
ALTER TABLE ONLY restock_order_items ADD PRIMARY KEY (id);
ALTER TABLE ONLY daily_reports ADD PRIMARY KEY (id);
ALTER TABLE ONLY daily_reports ADD UNIQUE (restaurant_id, report_date);
CREATE INDEX idx_users_email ON users (email);
CREATE INDEX idx_users_restaurant_id ON users (restaurant_id);
CREATE INDEX idx_users_created_at ON users (created_at);
CREATE INDEX idx_restaurants_platform_id ON restaurants (platform_id);
CREATE INDEX idx_restaurants_active ON restaurants (is_active);
CREATE INDEX idx_orders_restaurant_id ON orders (restaurant_id);
CREATE INDEX idx_orders_created_at ON orders (created_at);
CREATE INDEX idx_orders_status ON orders (status);
CREATE INDEX idx_payments_order_id ON payments (order_id);
CREATE INDEX idx_payments_transaction_id ON payments (transaction_id);
CREATE INDEX idx_payments_created_at ON payments (created_at);
ALTER TABLE ONLY platform_settings ADD FOREIGN KEY (platform_id) REFERENCES platforms(id) ON DELETE CASCADE;
ALTER TABLE ONLY subscription_plans ADD FOREIGN KEY (platform_id) REFERENCES platforms(id) ON DELETE CASCADE;
ALTER TABLE ONLY restaurants ADD FOREIGN KEY (platform_id) REFERENCES platforms(id) ON DELETE CASCADE;
ALTER TABLE ONLY restaurant_subscriptions ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY restaurant_subscriptions ADD FOREIGN KEY (plan_id) REFERENCES subscription_plans(id);
ALTER TABLE ONLY users ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY users ADD FOREIGN KEY (platform_id) REFERENCES platforms(id) ON DELETE CASCADE;
ALTER TABLE ONLY user_permissions ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE ONLY user_permissions ADD FOREIGN KEY (granted_by) REFERENCES users(id);
ALTER TABLE ONLY categories ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY products ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY products ADD FOREIGN KEY (category_id) REFERENCES categories(id) ON DELETE SET NULL;
ALTER TABLE ONLY suppliers ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY inventory_items ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY inventory_items ADD FOREIGN KEY (product_id) REFERENCES products(id) ON DELETE CASCADE;
ALTER TABLE ONLY inventory_items ADD FOREIGN KEY (supplier_id) REFERENCES suppliers(id) ON DELETE SET NULL;
ALTER TABLE ONLY employees ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY employees ADD FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE ONLY schedules ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY schedules ADD FOREIGN KEY (created_by) REFERENCES users(id);
ALTER TABLE ONLY shifts ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY shifts ADD FOREIGN KEY (schedule_id) REFERENCES schedules(id) ON DELETE CASCADE;
ALTER TABLE ONLY shifts ADD FOREIGN KEY (employee_id) REFERENCES employees(id) ON DELETE CASCADE;
ALTER TABLE ONLY time_tracking ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY time_tracking ADD FOREIGN KEY (employee_id) REFERENCES employees(id) ON DELETE CASCADE;
ALTER TABLE ONLY time_tracking ADD FOREIGN KEY (shift_id) REFERENCES shifts(id) ON DELETE CASCADE;
ALTER TABLE ONLY performance_metrics ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY performance_metrics ADD FOREIGN KEY (employee_id) REFERENCES employees(id) ON DELETE CASCADE;
ALTER TABLE ONLY orders ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY orders ADD FOREIGN KEY (served_by) REFERENCES employees(id);
ALTER TABLE ONLY orders ADD FOREIGN KEY (created_by) REFERENCES users(id);
ALTER TABLE ONLY order_items ADD FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY order_items ADD FOREIGN KEY (product_id) REFERENCES products(id) ON DELETE CASCADE;
ALTER TABLE ONLY payments ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY payments ADD FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY commission_records ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY commission_records ADD FOREIGN KEY (platform_id) REFERENCES platforms(id) ON DELETE CASCADE;
ALTER TABLE ONLY stock_movements ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY stock_movements ADD FOREIGN KEY (inventory_item_id) REFERENCES inventory_items(id) ON DELETE CASCADE;
ALTER TABLE ONLY stock_movements ADD FOREIGN KEY (created_by) REFERENCES users(id);
ALTER TABLE ONLY restock_orders ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;
ALTER TABLE ONLY restock_orders ADD FOREIGN KEY (supplier_id) REFERENCES suppliers(id) ON DELETE CASCADE;
ALTER TABLE ONLY restock_orders ADD FOREIGN KEY (created_by) REFERENCES users(id);
ALTER TABLE ONLY restock_order_items ADD FOREIGN KEY (restock_order_id) REFERENCES restock_orders(id) ON DELETE CASCADE;
ALTER TABLE ONLY restock_order_items ADD FOREIGN KEY (inventory_item_id) REFERENCES inventory_items(id) ON DELETE CASCADE;
ALTER TABLE ONLY daily_reports ADD FOREIGN KEY (restaurant_id) REFERENCES restaurants(id) ON DELETE CASCADE;

DO $$
BEGIN
    PERFORM pg_catalog.setval('platforms_id_seq', 1, true);
    PERFORM pg_catalog.setval('platform_settings_id_seq', 2, true);
    PERFORM pg_catalog.setval('subscription_plans_id_seq', 1, true);
    PERFORM pg_catalog.setval('restaurants_id_seq', 1, true);
    PERFORM pg_catalog.setval('restaurant_subscriptions_id_seq', 1, true);
    PERFORM pg_catalog.setval('users_id_seq', 4, true);
    PERFORM pg_catalog.setval('user_permissions_id_seq', 26, true);
    PERFORM pg_catalog.setval('categories_id_seq', 2, true);
    PERFORM pg_catalog.setval('products_id_seq', 3, true);
    PERFORM pg_catalog.setval('suppliers_id_seq', 1, true);
    PERFORM pg_catalog.setval('inventory_items_id_seq', 2, true);
    PERFORM pg_catalog.setval('employees_id_seq', 3, true);
    PERFORM pg_catalog.setval('schedules_id_seq', 2, true);
    PERFORM pg_catalog.setval('shifts_id_seq', 4, true);
    PERFORM pg_catalog.setval('time_tracking_id_seq', 4, true);
    PERFORM pg_catalog.setval('performance_metrics_id_seq', 12, true);
    PERFORM pg_catalog.setval('orders_id_seq', 41, true);
    PERFORM pg_catalog.setval('order_items_id_seq', 75, true);
    PERFORM pg_catalog.setval('payments_id_seq', 46, true);
    PERFORM pg_catalog.setval('commission_records_id_seq', 41, true);
    PERFORM pg_catalog.setval('stock_movements_id_seq', 55, true);
    PERFORM pg_catalog.setval('restock_orders_id_seq', 1, true);
    PERFORM pg_catalog.setval('restock_order_items_id_seq', 1, true);
    PERFORM pg_catalog.setval('daily_reports_id_seq', 2, true);
END
$$;

COMMIT;
