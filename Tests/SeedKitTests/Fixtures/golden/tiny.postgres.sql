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
1	Tiny Platform	tiny	tess@tiny.example	2023-03-30 09:00:00	2023-03-30 09:00:00	t	1	1138.53
\.

COPY platform_settings (id, platform_id, setting_key, setting_value, setting_type, created_at, updated_at) FROM stdin;
1	1	default_currency	GBP	string	2023-03-30 09:00:00	2023-03-30 09:00:00
2	1	payment_methods	["card","cash"]	json	2023-03-30 09:00:00	2023-03-30 09:00:00
\.

COPY subscription_plans (id, platform_id, name, commission_rate, service_fee_rate, monthly_fee, max_restaurants, features, is_active, created_at) FROM stdin;
1	1	basic	8.00	12.50	0.00	10	{"pos":true}	t	2023-03-30 09:00:00
\.

COPY restaurants (id, platform_id, name, slug, business_type, address, phone, email, tax_number, logo_url, created_at, updated_at, is_active, subscription_tier, monthly_revenue, last_activity) FROM stdin;
1	1	O'Brien's Café	obriens	restaurant	1 Tab\tStreet, Back\\slash Lane, London	+44 20 7946 0100	hello@obriens.example	\N	\N	2024-11-04 09:33:33	2024-11-04 09:33:33	t	basic	1138.53	2025-03-31 14:10:37
\.

COPY restaurant_subscriptions (id, restaurant_id, plan_id, start_date, end_date, status, commission_rate, monthly_fee, created_at, updated_at) FROM stdin;
1	1	1	2024-11-04	\N	active	8.00	0.00	2024-11-04 09:33:33	2024-11-04 09:33:33
\.

COPY users (id, restaurant_id, platform_id, email, password_hash, first_name, last_name, phone, role, is_active, last_login, created_at, updated_at) FROM stdin;
1	\N	1	tess@tiny.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Tess	Owner	+44 20 7946 0001	platform_owner	t	2025-03-31 15:15:35	2023-03-30 09:00:00	2023-03-30 09:00:00
2	1	1	mo@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Mo	Manager	\N	manager	t	2025-03-31 09:32:48	2024-11-04 09:06:04	2024-11-04 09:06:04
3	1	1	sam@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Sam	Server	\N	server	t	2025-03-28 21:45:52	2024-10-30 09:06:22	2024-10-30 09:06:22
4	1	1	connor.rossi@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Connor	Rossi	+44 7700 900633	cook	t	2025-03-31 18:12:53	2024-10-19 09:01:29	2024-10-19 09:01:29
5	1	1	lucia.cooper@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Lucia	Cooper	+44 7700 900381	cook	t	2025-03-28 09:50:21	2024-10-22 09:25:30	2024-10-22 09:25:30
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
21	3	menu.read	2024-10-30 09:06:22	2
22	3	orders.read	2024-10-30 09:06:22	2
23	3	orders.write	2024-10-30 09:06:22	2
24	4	menu.read	2024-10-19 09:01:29	2
25	4	orders.read	2024-10-19 09:01:29	2
26	4	inventory.read	2024-10-19 09:01:29	2
27	5	menu.read	2024-10-22 09:25:30	2
28	5	orders.read	2024-10-22 09:25:30	2
29	5	inventory.read	2024-10-22 09:25:30	2
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
1	1	1	1	836.000	107.000	1170.000	426.000	3.10	each	\N	1.1863	2.00	2024-11-04 09:33:33	2025-03-31 23:55:00
2	1	2	1	98.000	18.000	194.000	69.000	0.60	each	\N	2.2138	2.00	2024-11-04 09:33:33	2025-03-31 23:55:00
\.

COPY employees (id, restaurant_id, user_id, employee_number, hire_date, termination_date, job_title, department, hourly_rate, salary, employment_type, emergency_contact_name, emergency_contact_phone, is_active, created_at, updated_at) FROM stdin;
1	1	2	EMP1001	2024-11-04	\N	Manager	Management	15.00	\N	full_time	Theo Mensah	+44 7700 900124	t	2024-11-04 09:06:04	2024-11-04 09:06:04
2	1	3	EMP1002	2024-10-30	\N	Server	Front of House	11.44	\N	part_time	Leo Bailey	+44 7700 900871	t	2024-10-30 09:06:22	2024-10-30 09:06:22
3	1	4	EMP1003	2024-10-19	\N	Cook	Kitchen	12.21	\N	full_time	Poppy Rossi	+44 7700 900628	t	2024-10-19 09:01:29	2024-10-19 09:01:29
4	1	5	EMP1004	2024-10-22	\N	Cook	Kitchen	12.21	\N	full_time	Ethan Cooper	+44 7700 900680	t	2024-10-22 09:25:30	2024-10-22 09:25:30
\.

COPY schedules (id, restaurant_id, name, week_start, week_end, status, total_scheduled_hours, total_labor_cost, created_by, created_at, updated_at) FROM stdin;
1	1	Week of 2025-03-24	2025-03-24	2025-03-30	published	18.00	228.88	2	2025-03-19 10:00:00	2025-03-19 10:00:00
2	1	Week of 2025-03-31	2025-03-31	2025-04-06	published	128.00	1627.58	2	2025-03-26 10:00:00	2025-03-26 10:00:00
\.

COPY shifts (id, restaurant_id, schedule_id, employee_id, shift_date, start_time, end_time, break_duration, position, status, hourly_rate, overtime_rate, notes, created_at, updated_at) FROM stdin;
1	1	1	4	2025-03-29	08:30:00	13:00:00	0	cook	completed	12.21	18.32	\N	2025-03-19 10:00:00	2025-03-19 10:00:00
2	1	1	1	2025-03-29	08:30:00	13:00:00	0	manager	completed	15.00	22.50	\N	2025-03-19 10:00:00	2025-03-19 10:00:00
3	1	1	3	2025-03-29	11:00:00	15:30:00	0	cook	completed	12.21	18.32	\N	2025-03-19 10:00:00	2025-03-19 10:00:00
4	1	1	2	2025-03-29	11:00:00	15:30:00	0	server	completed	11.44	17.16	\N	2025-03-19 10:00:00	2025-03-19 10:00:00
5	1	2	3	2025-03-31	07:30:00	13:00:00	0	cook	completed	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
6	1	2	1	2025-03-31	07:30:00	13:00:00	0	manager	completed	15.00	22.50	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
7	1	2	4	2025-03-31	11:00:00	16:30:00	0	cook	completed	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
8	1	2	2	2025-03-31	11:00:00	16:30:00	0	server	completed	11.44	17.16	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
9	1	2	3	2025-04-01	07:30:00	13:00:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
10	1	2	1	2025-04-01	07:30:00	13:00:00	0	manager	scheduled	15.00	22.50	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
11	1	2	4	2025-04-01	11:00:00	16:30:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
12	1	2	2	2025-04-01	11:00:00	16:30:00	0	server	scheduled	11.44	17.16	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
13	1	2	3	2025-04-02	07:30:00	13:00:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
14	1	2	1	2025-04-02	07:30:00	13:00:00	0	manager	scheduled	15.00	22.50	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
15	1	2	4	2025-04-02	11:00:00	16:30:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
16	1	2	2	2025-04-02	11:00:00	16:30:00	0	server	scheduled	11.44	17.16	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
17	1	2	3	2025-04-03	07:30:00	13:00:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
18	1	2	1	2025-04-03	07:30:00	13:00:00	0	manager	scheduled	15.00	22.50	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
19	1	2	4	2025-04-03	11:00:00	16:30:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
20	1	2	2	2025-04-03	11:00:00	16:30:00	0	server	scheduled	11.44	17.16	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
21	1	2	3	2025-04-04	07:30:00	13:00:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
22	1	2	1	2025-04-04	07:30:00	13:00:00	0	manager	scheduled	15.00	22.50	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
23	1	2	4	2025-04-04	11:00:00	16:30:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
24	1	2	2	2025-04-04	11:00:00	16:30:00	0	server	scheduled	11.44	17.16	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
25	1	2	3	2025-04-05	08:30:00	13:00:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
26	1	2	1	2025-04-05	08:30:00	13:00:00	0	manager	scheduled	15.00	22.50	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
27	1	2	4	2025-04-05	11:00:00	15:30:00	0	cook	scheduled	12.21	18.32	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
28	1	2	2	2025-04-05	11:00:00	15:30:00	0	server	scheduled	11.44	17.16	\N	2025-03-26 10:00:00	2025-03-26 10:00:00
\.

COPY time_tracking (id, restaurant_id, employee_id, shift_id, clock_in, clock_out, break_start, break_end, total_hours, overtime_hours, total_pay, status, created_at, updated_at) FROM stdin;
1	1	4	1	2025-03-29 08:24:16	2025-03-29 13:00:25	\N	\N	4.60	0.00	56.17	approved	2025-03-29 08:24:16	2025-03-29 13:00:25
2	1	1	2	2025-03-29 08:27:06	2025-03-29 13:00:12	\N	\N	4.55	0.00	68.25	approved	2025-03-29 08:27:06	2025-03-29 13:00:12
3	1	3	3	2025-03-29 10:56:45	2025-03-29 15:30:11	\N	\N	4.56	0.00	55.68	approved	2025-03-29 10:56:45	2025-03-29 15:30:11
4	1	2	4	2025-03-29 10:50:49	2025-03-29 15:45:11	\N	\N	4.91	0.00	56.17	approved	2025-03-29 10:50:49	2025-03-29 15:45:11
5	1	3	5	2025-03-31 07:54:23	2025-03-31 13:00:59	\N	\N	5.11	0.00	62.39	approved	2025-03-31 07:54:23	2025-03-31 13:00:59
6	1	1	6	2025-03-31 07:22:20	2025-03-31 13:06:33	\N	\N	5.74	0.00	86.10	approved	2025-03-31 07:22:20	2025-03-31 13:06:33
7	1	4	7	2025-03-31 10:53:33	2025-03-31 16:32:23	\N	\N	5.65	0.00	68.99	approved	2025-03-31 10:53:33	2025-03-31 16:32:23
8	1	2	8	2025-03-31 11:00:29	2025-03-31 16:38:05	\N	\N	5.63	0.00	64.41	approved	2025-03-31 11:00:29	2025-03-31 16:38:05
\.

COPY performance_metrics (id, restaurant_id, employee_id, metric_date, metric_type, metric_value, target_value, notes, created_at) FROM stdin;
1	1	4	2025-03-29	hours_worked	4.60	4.50	\N	2025-03-29 23:55:00
2	1	4	2025-03-29	punctuality	0.00	0.00	\N	2025-03-29 23:55:00
3	1	1	2025-03-29	hours_worked	4.55	4.50	\N	2025-03-29 23:55:00
4	1	1	2025-03-29	punctuality	0.00	0.00	\N	2025-03-29 23:55:00
5	1	1	2025-03-29	orders_served	16.00	\N	\N	2025-03-29 23:55:00
6	1	1	2025-03-29	sales	333.63	\N	\N	2025-03-29 23:55:00
7	1	3	2025-03-29	hours_worked	4.56	4.50	\N	2025-03-29 23:55:00
8	1	3	2025-03-29	punctuality	0.00	0.00	\N	2025-03-29 23:55:00
9	1	2	2025-03-29	hours_worked	4.91	4.50	\N	2025-03-29 23:55:00
10	1	2	2025-03-29	punctuality	0.00	0.00	\N	2025-03-29 23:55:00
11	1	2	2025-03-29	orders_served	19.00	\N	\N	2025-03-29 23:55:00
12	1	2	2025-03-29	sales	428.28	\N	\N	2025-03-29 23:55:00
13	1	3	2025-03-31	hours_worked	5.11	5.50	\N	2025-03-31 23:55:00
14	1	3	2025-03-31	punctuality	24.00	0.00	\N	2025-03-31 23:55:00
15	1	1	2025-03-31	hours_worked	5.74	5.50	\N	2025-03-31 23:55:00
16	1	1	2025-03-31	punctuality	0.00	0.00	\N	2025-03-31 23:55:00
17	1	1	2025-03-31	orders_served	10.00	\N	\N	2025-03-31 23:55:00
18	1	1	2025-03-31	sales	197.88	\N	\N	2025-03-31 23:55:00
19	1	4	2025-03-31	hours_worked	5.65	5.50	\N	2025-03-31 23:55:00
20	1	4	2025-03-31	punctuality	0.00	0.00	\N	2025-03-31 23:55:00
21	1	2	2025-03-31	hours_worked	5.63	5.50	\N	2025-03-31 23:55:00
22	1	2	2025-03-31	punctuality	0.00	0.00	\N	2025-03-31 23:55:00
23	1	2	2025-03-31	orders_served	8.00	\N	\N	2025-03-31 23:55:00
24	1	2	2025-03-31	sales	178.74	\N	\N	2025-03-31 23:55:00
\.

COPY orders (id, restaurant_id, order_number, table_number, customer_name, order_type, status, subtotal, tax_amount, service_charge, discount_amount, total_amount, items_count, served_by, created_by, created_at, updated_at) FROM stdin;
1	1	ORD-1-20250329-001	Table 1	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	2	1	2	2025-03-29 09:03:41	2025-03-29 10:13:41
2	1	ORD-1-20250329-002	\N	Kwame W.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	2	1	2	2025-03-29 09:16:34	2025-03-29 09:29:34
3	1	ORD-1-20250329-003	Table 2	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	2	1	2	2025-03-29 09:16:35	2025-03-29 09:51:35
4	1	ORD-1-20250329-004	Table 3	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	2	1	2	2025-03-29 09:26:32	2025-03-29 10:36:32
5	1	ORD-1-20250329-005	\N	Priya J.	takeaway	completed	12.70	2.12	0.00	0.00	12.70	2	1	2	2025-03-29 09:29:47	2025-03-29 09:45:47
6	1	ORD-1-20250329-006	\N	Mia H.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	3	1	2	2025-03-29 10:02:28	2025-03-29 10:13:28
7	1	ORD-1-20250329-007	Table 1	\N	dine_in	completed	22.20	3.70	2.78	0.00	24.98	4	1	2	2025-03-29 10:44:39	2025-03-29 11:14:39
8	1	ORD-1-20250329-008	Table 2	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	1	2	2025-03-29 10:48:47	2025-03-29 11:45:47
9	1	ORD-1-20250329-009	Table 12	\N	dine_in	completed	41.20	6.87	5.15	0.00	46.35	6	2	3	2025-03-29 10:56:50	2025-03-29 11:53:50
10	1	ORD-1-20250329-010	Table 3	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	1	2	2025-03-29 10:59:24	2025-03-29 11:48:24
11	1	ORD-1-20250329-011	Table 13	\N	dine_in	completed	34.90	5.82	4.36	0.00	39.26	6	1	2	2025-03-29 11:03:44	2025-03-29 11:45:44
12	1	ORD-1-20250329-012	Table 4	\N	dine_in	completed	19.00	3.17	2.38	0.00	21.38	2	2	3	2025-03-29 11:08:36	2025-03-29 12:13:36
13	1	ORD-1-20250329-013	Table 5	\N	dine_in	completed	19.00	3.17	2.38	0.00	21.38	4	2	3	2025-03-29 11:16:45	2025-03-29 11:52:45
14	1	ORD-1-20250329-014	\N	William M.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	2	1	2	2025-03-29 11:29:19	2025-03-29 11:48:19
15	1	ORD-1-20250329-015	Table 14	\N	dine_in	completed	34.90	5.82	4.36	0.00	39.26	6	1	2	2025-03-29 11:37:52	2025-03-29 12:30:52
16	1	ORD-1-20250329-016	Table 15	\N	dine_in	completed	28.50	4.75	3.56	0.00	32.06	5	1	2	2025-03-29 11:44:26	2025-03-29 12:12:26
17	1	ORD-1-20250329-017	Table 16	\N	dine_in	completed	38.00	6.33	4.75	0.00	42.75	7	2	3	2025-03-29 11:49:09	2025-03-29 12:58:09
18	1	ORD-1-20250329-018	\N	Thomas L.	takeaway	completed	22.20	3.70	0.00	0.00	22.20	4	2	3	2025-03-29 11:56:50	2025-03-29 12:13:50
19	1	ORD-1-20250329-019	Table 13	\N	dine_in	completed	34.90	5.82	4.36	0.00	39.26	6	1	2	2025-03-29 11:57:40	2025-03-29 12:24:40
20	1	ORD-1-20250329-020	\N	Muhammad D.	takeaway	completed	12.70	2.12	0.00	0.00	12.70	2	2	3	2025-03-29 12:08:25	2025-03-29 12:25:25
21	1	ORD-1-20250329-021	\N	Joshua S.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	2	1	2	2025-03-29 12:09:08	2025-03-29 12:29:08
22	1	ORD-1-20250329-022	Table 1	\N	dine_in	completed	12.70	2.12	1.59	0.00	14.29	2	2	3	2025-03-29 12:10:03	2025-03-29 13:01:03
23	1	ORD-1-20250329-023	Table 2	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	2	2	3	2025-03-29 12:13:11	2025-03-29 13:04:11
24	1	ORD-1-20250329-024	\N	Callum D.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 12:13:40	2025-03-29 12:30:40
25	1	ORD-1-20250329-025	Table 12	\N	dine_in	completed	44.40	7.40	5.55	0.00	49.95	7	2	3	2025-03-29 12:14:04	2025-03-29 13:01:04
26	1	ORD-1-20250329-026	\N	Daniel W.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	2	2	3	2025-03-29 12:19:01	2025-03-29 12:37:01
27	1	ORD-1-20250329-027	Table 3	\N	dine_in	completed	12.70	2.12	1.59	0.00	14.29	2	2	3	2025-03-29 12:35:24	2025-03-29 13:30:24
28	1	ORD-1-20250329-028	Table 4	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	2	3	2025-03-29 12:43:32	2025-03-29 13:48:32
29	1	ORD-1-20250329-029	Table 13	\N	dine_in	completed	31.70	5.28	3.96	0.00	35.66	6	1	2	2025-03-29 12:47:12	2025-03-29 13:21:12
30	1	ORD-1-20250329-030	\N	Rosie P.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	3	2	3	2025-03-29 12:51:36	2025-03-29 13:10:36
31	1	ORD-1-20250329-031	Table 12	\N	dine_in	completed	47.60	7.93	5.95	0.00	53.55	7	2	3	2025-03-29 13:23:53	2025-03-29 14:10:53
32	1	ORD-1-20250329-032	\N	Henry O.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 13:27:47	2025-03-29 13:39:47
33	1	ORD-1-20250329-033	\N	Jacob H.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	2	2	3	2025-03-29 13:37:04	2025-03-29 13:46:04
34	1	ORD-1-20250329-034	\N	Ethan C.	takeaway	cancelled	19.00	3.17	0.00	0.00	19.00	2	2	3	2025-03-29 14:43:59	2025-03-29 14:58:59
35	1	ORD-1-20250329-035	\N	Eilidh O.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-29 14:45:23	2025-03-29 15:04:23
36	1	ORD-1-20250329-036	Table 12	\N	dine_in	completed	28.50	4.75	3.56	0.00	32.06	4	2	3	2025-03-29 14:49:40	2025-03-29 15:51:40
37	1	ORD-1-20250331-001	Table 1	\N	dine_in	completed	19.00	3.17	2.38	0.00	21.38	4	1	2	2025-03-31 08:06:41	2025-03-31 08:47:41
38	1	ORD-1-20250331-002	\N	Ella T.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	3	1	2	2025-03-31 08:17:16	2025-03-31 08:33:16
39	1	ORD-1-20250331-003	Table 12	\N	dine_in	completed	38.00	6.33	4.75	0.00	42.75	6	1	2	2025-03-31 08:17:25	2025-03-31 09:14:25
40	1	ORD-1-20250331-004	Table 1	\N	dine_in	completed	9.50	1.58	1.19	0.00	10.69	1	1	2	2025-03-31 09:21:52	2025-03-31 09:46:52
41	1	ORD-1-20250331-005	\N	Isla W.	takeaway	completed	22.20	3.70	0.00	0.00	22.20	3	1	2	2025-03-31 10:10:51	2025-03-31 10:24:51
42	1	ORD-1-20250331-006	\N	Leo C.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	2	1	2	2025-03-31 10:19:25	2025-03-31 10:38:25
43	1	ORD-1-20250331-007	\N	Aisha N.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	3	1	2	2025-03-31 10:44:51	2025-03-31 11:03:51
44	1	ORD-1-20250331-008	Table 1	\N	dine_in	completed	19.00	3.17	2.38	0.00	21.38	3	1	2	2025-03-31 11:23:32	2025-03-31 11:54:32
45	1	ORD-1-20250331-009	Table 2	\N	dine_in	completed	22.20	3.33	2.50	2.22	22.48	3	1	2	2025-03-31 11:28:37	2025-03-31 12:38:37
46	1	ORD-1-20250331-010	\N	Amelia M.	takeaway	completed	22.20	3.70	0.00	0.00	22.20	3	2	3	2025-03-31 12:03:06	2025-03-31 12:20:06
47	1	ORD-1-20250331-011	\N	Samuel D.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	1	2	2025-03-31 12:07:21	2025-03-31 12:23:21
48	1	ORD-1-20250331-012	\N	Ethan W.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	1	2	3	2025-03-31 12:09:19	2025-03-31 12:27:19
49	1	ORD-1-20250331-013	Table 12	\N	dine_in	completed	28.50	4.75	3.56	0.00	32.06	4	2	3	2025-03-31 12:33:27	2025-03-31 13:23:27
50	1	ORD-1-20250331-014	\N	Evie A.	takeaway	completed	9.50	1.58	0.00	0.00	9.50	2	2	3	2025-03-31 12:52:21	2025-03-31 13:07:21
51	1	ORD-1-20250331-015	\N	Muhammad O.	takeaway	completed	19.00	3.17	0.00	0.00	19.00	3	2	3	2025-03-31 12:59:35	2025-03-31 13:15:35
52	1	ORD-1-20250331-016	Table 1	\N	dine_in	cancelled	9.50	1.43	1.07	0.95	9.62	2	2	3	2025-03-31 13:22:40	2025-03-31 14:03:40
53	1	ORD-1-20250331-017	\N	Florence L.	takeaway	completed	12.70	2.12	0.00	0.00	12.70	2	2	3	2025-03-31 13:48:46	2025-03-31 14:07:46
54	1	ORD-1-20250331-018	Table 12	\N	dine_in	completed	41.20	6.18	4.64	4.12	41.72	6	2	3	2025-03-31 14:08:31	2025-03-31 15:05:31
55	1	ORD-1-20250331-019	Table 13	\N	dine_in	completed	28.50	4.75	3.56	0.00	32.06	6	2	3	2025-03-31 14:10:37	2025-03-31 14:58:37
\.

COPY order_items (id, order_id, product_id, quantity, unit_price, total_price, special_instructions, created_at) FROM stdin;
1	1	1	1	9.50	9.50	\N	2025-03-29 09:03:41
2	1	3	1	0.00	0.00	\N	2025-03-29 09:03:41
3	2	1	1	9.50	9.50	\N	2025-03-29 09:16:34
4	2	3	1	0.00	0.00	\N	2025-03-29 09:16:34
5	3	1	1	9.50	9.50	\N	2025-03-29 09:16:35
6	3	3	1	0.00	0.00	\N	2025-03-29 09:16:35
7	4	1	1	9.50	9.50	\N	2025-03-29 09:26:32
8	4	3	1	0.00	0.00	\N	2025-03-29 09:26:32
9	5	1	1	9.50	9.50	\N	2025-03-29 09:29:47
10	5	2	1	3.20	3.20	\N	2025-03-29 09:29:47
11	6	1	2	9.50	19.00	\N	2025-03-29 10:02:28
12	6	3	1	0.00	0.00	\N	2025-03-29 10:02:28
13	7	1	2	9.50	19.00	\N	2025-03-29 10:44:39
14	7	3	1	0.00	0.00	\N	2025-03-29 10:44:39
15	7	2	1	3.20	3.20	Allergy: nuts	2025-03-29 10:44:39
16	8	1	1	9.50	9.50	\N	2025-03-29 10:48:47
17	9	1	4	9.50	38.00	\N	2025-03-29 10:56:50
18	9	3	1	0.00	0.00	\N	2025-03-29 10:56:50
19	9	2	1	3.20	3.20	\N	2025-03-29 10:56:50
20	10	1	1	9.50	9.50	\N	2025-03-29 10:59:24
21	11	1	3	9.50	28.50	\N	2025-03-29 11:03:44
22	11	2	2	3.20	6.40	\N	2025-03-29 11:03:44
23	11	3	1	0.00	0.00	\N	2025-03-29 11:03:44
24	12	1	2	9.50	19.00	\N	2025-03-29 11:08:36
25	13	1	2	9.50	19.00	\N	2025-03-29 11:16:45
26	13	3	2	0.00	0.00	\N	2025-03-29 11:16:45
27	14	1	1	9.50	9.50	\N	2025-03-29 11:29:19
28	14	3	1	0.00	0.00	\N	2025-03-29 11:29:19
29	15	1	3	9.50	28.50	\N	2025-03-29 11:37:52
30	15	3	1	0.00	0.00	\N	2025-03-29 11:37:52
31	15	2	2	3.20	6.40	\N	2025-03-29 11:37:52
32	16	1	3	9.50	28.50	\N	2025-03-29 11:44:26
33	16	3	2	0.00	0.00	\N	2025-03-29 11:44:26
34	17	1	4	9.50	38.00	\N	2025-03-29 11:49:09
35	17	3	3	0.00	0.00	\N	2025-03-29 11:49:09
36	18	1	2	9.50	19.00	\N	2025-03-29 11:56:50
37	18	2	1	3.20	3.20	\N	2025-03-29 11:56:50
38	18	3	1	0.00	0.00	\N	2025-03-29 11:56:50
39	19	1	3	9.50	28.50	\N	2025-03-29 11:57:40
40	19	2	2	3.20	6.40	\N	2025-03-29 11:57:40
41	19	3	1	0.00	0.00	Gluten free if possible	2025-03-29 11:57:40
42	20	1	1	9.50	9.50	\N	2025-03-29 12:08:25
43	20	2	1	3.20	3.20	\N	2025-03-29 12:08:25
44	21	1	2	9.50	19.00	\N	2025-03-29 12:09:08
45	22	1	1	9.50	9.50	No coriander	2025-03-29 12:10:03
46	22	2	1	3.20	3.20	\N	2025-03-29 12:10:03
47	23	1	1	9.50	9.50	\N	2025-03-29 12:13:11
48	23	3	1	0.00	0.00	\N	2025-03-29 12:13:11
49	24	1	1	9.50	9.50	\N	2025-03-29 12:13:40
50	25	1	4	9.50	38.00	\N	2025-03-29 12:14:04
51	25	2	2	3.20	6.40	\N	2025-03-29 12:14:04
52	25	3	1	0.00	0.00	\N	2025-03-29 12:14:04
53	26	1	2	9.50	19.00	\N	2025-03-29 12:19:01
54	27	1	1	9.50	9.50	\N	2025-03-29 12:35:24
55	27	2	1	3.20	3.20	\N	2025-03-29 12:35:24
56	28	1	1	9.50	9.50	\N	2025-03-29 12:43:32
57	29	1	3	9.50	28.50	\N	2025-03-29 12:47:12
58	29	3	2	0.00	0.00	\N	2025-03-29 12:47:12
59	29	2	1	3.20	3.20	\N	2025-03-29 12:47:12
60	30	1	2	9.50	19.00	\N	2025-03-29 12:51:36
61	30	3	1	0.00	0.00	\N	2025-03-29 12:51:36
62	31	1	4	9.50	38.00	\N	2025-03-29 13:23:53
63	31	2	3	3.20	9.60	\N	2025-03-29 13:23:53
64	32	1	1	9.50	9.50	\N	2025-03-29 13:27:47
65	33	1	1	9.50	9.50	\N	2025-03-29 13:37:04
66	33	3	1	0.00	0.00	\N	2025-03-29 13:37:04
67	34	1	2	9.50	19.00	\N	2025-03-29 14:43:59
68	35	1	1	9.50	9.50	\N	2025-03-29 14:45:23
69	36	1	3	9.50	28.50	\N	2025-03-29 14:49:40
70	36	3	1	0.00	0.00	\N	2025-03-29 14:49:40
71	37	1	2	9.50	19.00	\N	2025-03-31 08:06:41
72	37	3	2	0.00	0.00	\N	2025-03-31 08:06:41
73	38	1	2	9.50	19.00	\N	2025-03-31 08:17:16
74	38	3	1	0.00	0.00	\N	2025-03-31 08:17:16
75	39	1	4	9.50	38.00	\N	2025-03-31 08:17:25
76	39	3	2	0.00	0.00	\N	2025-03-31 08:17:25
77	40	1	1	9.50	9.50	\N	2025-03-31 09:21:52
78	41	1	2	9.50	19.00	\N	2025-03-31 10:10:51
79	41	2	1	3.20	3.20	\N	2025-03-31 10:10:51
80	42	1	1	9.50	9.50	\N	2025-03-31 10:19:25
81	42	3	1	0.00	0.00	\N	2025-03-31 10:19:25
82	43	1	2	9.50	19.00	\N	2025-03-31 10:44:51
83	43	3	1	0.00	0.00	\N	2025-03-31 10:44:51
84	44	1	2	9.50	19.00	\N	2025-03-31 11:23:32
85	44	3	1	0.00	0.00	\N	2025-03-31 11:23:32
86	45	1	2	9.50	19.00	\N	2025-03-31 11:28:37
87	45	2	1	3.20	3.20	\N	2025-03-31 11:28:37
88	46	1	2	9.50	19.00	\N	2025-03-31 12:03:06
89	46	2	1	3.20	3.20	\N	2025-03-31 12:03:06
90	47	1	1	9.50	9.50	\N	2025-03-31 12:07:21
91	48	1	1	9.50	9.50	\N	2025-03-31 12:09:19
92	49	1	3	9.50	28.50	\N	2025-03-31 12:33:27
93	49	3	1	0.00	0.00	\N	2025-03-31 12:33:27
94	50	1	1	9.50	9.50	Allergy: nuts	2025-03-31 12:52:21
95	50	3	1	0.00	0.00	\N	2025-03-31 12:52:21
96	51	1	2	9.50	19.00	\N	2025-03-31 12:59:35
97	51	3	1	0.00	0.00	\N	2025-03-31 12:59:35
98	52	1	1	9.50	9.50	\N	2025-03-31 13:22:40
99	52	3	1	0.00	0.00	Allergy: nuts	2025-03-31 13:22:40
100	53	1	1	9.50	9.50	\N	2025-03-31 13:48:46
101	53	2	1	3.20	3.20	\N	2025-03-31 13:48:46
102	54	1	4	9.50	38.00	\N	2025-03-31 14:08:31
103	54	3	1	0.00	0.00	\N	2025-03-31 14:08:31
104	54	2	1	3.20	3.20	\N	2025-03-31 14:08:31
105	55	1	3	9.50	28.50	\N	2025-03-31 14:10:37
106	55	3	3	0.00	0.00	\N	2025-03-31 14:10:37
\.

COPY payments (id, restaurant_id, order_id, payment_method, amount, commission_rate, commission_amount, transaction_id, processor_response, status, processed_at, created_at) FROM stdin;
1	1	1	card	10.69	8.00	0.86	txn_8822639f0b36652876335a0a	{"status":"approved","authorization_code":"ECA9DC","card_brand":"visa","last4":"3124","entry_mode":"contactless"}	completed	2025-03-29 10:13:41	2025-03-29 10:13:41
2	1	2	card	9.50	8.00	0.76	txn_d966f23bb0659ae2f709da57	{"status":"approved","authorization_code":"47F97D","card_brand":"mastercard","last4":"8455","entry_mode":"contactless"}	completed	2025-03-29 09:17:09	2025-03-29 09:17:09
3	1	3	apple_pay	10.69	8.00	0.86	txn_d9e80591edc15c3c810f8902	{"status":"approved","authorization_code":"6992F4","card_brand":"amex","last4":"8834","wallet":"apple_pay"}	completed	2025-03-29 09:51:35	2025-03-29 09:51:35
4	1	4	apple_pay	10.69	8.00	0.86	txn_81158410f0c98df9239f6bdb	{"status":"approved","authorization_code":"3EC6FF","card_brand":"visa","last4":"8737","wallet":"apple_pay"}	completed	2025-03-29 10:36:32	2025-03-29 10:36:32
5	1	5	card	12.70	8.00	1.02	txn_69047fbaa701e07d0100654f	{"status":"approved","authorization_code":"5C25B5","card_brand":"visa","last4":"5117","entry_mode":"contactless"}	completed	2025-03-29 09:30:11	2025-03-29 09:30:11
6	1	6	card	19.00	8.00	1.52	txn_d0b354549714a7ca56da7835	{"status":"approved","authorization_code":"254DCF","card_brand":"mastercard","last4":"9239","entry_mode":"contactless"}	completed	2025-03-29 10:04:28	2025-03-29 10:04:28
7	1	7	card	24.98	8.00	2.00	txn_9008b1ce08ed088544539cb9	{"status":"approved","authorization_code":"5B2B1E","card_brand":"visa","last4":"2209","entry_mode":"contactless"}	completed	2025-03-29 11:14:39	2025-03-29 11:14:39
8	1	8	apple_pay	10.69	8.00	0.86	txn_b94e871408d3fe72dffea524	{"status":"approved","authorization_code":"639D42","card_brand":"mastercard","last4":"8345","wallet":"apple_pay"}	completed	2025-03-29 11:45:47	2025-03-29 11:45:47
9	1	9	card	46.35	8.00	3.71	txn_4c5db7404a391a6b400b5c12	{"status":"approved","authorization_code":"9982CA","card_brand":"visa","last4":"9649","entry_mode":"contactless"}	completed	2025-03-29 11:53:50	2025-03-29 11:53:50
10	1	10	card	10.69	8.00	0.86	txn_5d0b66b53a4725ee353be609	{"status":"approved","authorization_code":"880965","card_brand":"mastercard","last4":"8884","entry_mode":"contactless"}	completed	2025-03-29 11:48:24	2025-03-29 11:48:24
11	1	11	card	39.26	8.00	3.14	txn_4142ea572bf43ff59cd8d367	{"status":"approved","authorization_code":"D96A76","card_brand":"mastercard","last4":"3503","entry_mode":"contactless"}	completed	2025-03-29 11:45:44	2025-03-29 11:45:44
12	1	12	card	21.38	8.00	1.71	txn_22d393d3da3762f5981cfcec	{"status":"approved","authorization_code":"FF4A5D","card_brand":"mastercard","last4":"7956","entry_mode":"contactless"}	completed	2025-03-29 12:13:36	2025-03-29 12:13:36
13	1	13	apple_pay	10.69	8.00	0.86	txn_f595d030a70bb23c24f6fb9b	{"status":"approved","authorization_code":"DF89C9","card_brand":"visa","last4":"1540","wallet":"apple_pay"}	completed	2025-03-29 11:52:45	2025-03-29 11:52:45
14	1	13	apple_pay	10.69	8.00	0.86	txn_482d8b96609b624e435611a9	{"status":"approved","authorization_code":"354E32","card_brand":"visa","last4":"3543","wallet":"apple_pay"}	completed	2025-03-29 11:52:45	2025-03-29 11:52:45
15	1	14	card	9.50	8.00	0.76	txn_82fcac123607a41ba1ac7405	{"status":"approved","authorization_code":"16AB11","card_brand":"visa","last4":"2750","entry_mode":"contactless"}	completed	2025-03-29 11:29:44	2025-03-29 11:29:44
16	1	15	apple_pay	39.26	8.00	3.14	txn_0e58ce22c887f1aabd127cdc	{"status":"approved","authorization_code":"D4854A","card_brand":"mastercard","last4":"4193","wallet":"apple_pay"}	completed	2025-03-29 12:30:52	2025-03-29 12:30:52
17	1	16	apple_pay	32.06	8.00	2.56	txn_05cd831e3def69400d590ffe	{"status":"approved","authorization_code":"1A7DA7","card_brand":"visa","last4":"9587","wallet":"apple_pay"}	completed	2025-03-29 12:12:26	2025-03-29 12:12:26
18	1	17	card	42.75	8.00	3.42	txn_a973581594cb4db83081c532	{"status":"approved","authorization_code":"1C56FB","card_brand":"mastercard","last4":"9922","entry_mode":"contactless"}	completed	2025-03-29 12:58:09	2025-03-29 12:58:09
19	1	18	cash	22.20	8.00	1.78	\N	{"status":"cash","tendered":50.00,"change":27.80}	completed	2025-03-29 11:57:46	2025-03-29 11:57:46
20	1	19	card	19.63	8.00	1.57	txn_42a403c7fad06ae572dfe273	{"status":"approved","authorization_code":"6F8DBF","card_brand":"visa","last4":"6725","entry_mode":"contactless"}	completed	2025-03-29 12:24:40	2025-03-29 12:24:40
21	1	19	card	19.63	8.00	1.57	txn_75a2f4aebf0f28ba82e4a9d9	{"status":"approved","authorization_code":"9B95E3","card_brand":"mastercard","last4":"1361","entry_mode":"contactless"}	completed	2025-03-29 12:24:40	2025-03-29 12:24:40
22	1	20	apple_pay	12.70	8.00	1.02	txn_5591d7ec18cf6562bc2c69cb	{"status":"approved","authorization_code":"151FC4","card_brand":"visa","last4":"1460","wallet":"apple_pay"}	completed	2025-03-29 12:08:30	2025-03-29 12:08:30
23	1	21	apple_pay	19.00	8.00	1.52	txn_c4e95e235d282481490029b7	{"status":"approved","authorization_code":"38D1DA","card_brand":"mastercard","last4":"5105","wallet":"apple_pay"}	completed	2025-03-29 12:09:56	2025-03-29 12:09:56
24	1	22	apple_pay	14.29	8.00	1.14	txn_c2606fcd4a98b32b72bf85e9	{"status":"approved","authorization_code":"30C0CF","card_brand":"visa","last4":"0867","wallet":"apple_pay"}	completed	2025-03-29 13:01:03	2025-03-29 13:01:03
25	1	23	card	10.69	8.00	0.86	txn_770992edea0bea9e7c69389b	{"status":"approved","authorization_code":"FCFD89","card_brand":"mastercard","last4":"3487","entry_mode":"contactless"}	completed	2025-03-29 13:04:11	2025-03-29 13:04:11
26	1	24	card	9.50	8.00	0.76	txn_7dd3603133400aa33605db38	{"status":"approved","authorization_code":"056703","card_brand":"visa","last4":"4099","entry_mode":"chip"}	completed	2025-03-29 12:14:36	2025-03-29 12:14:36
27	1	25	card	49.95	8.00	4.00	txn_4ea2da65f74e620d3ec870ea	{"status":"approved","authorization_code":"6ADF0D","card_brand":"visa","last4":"9699","entry_mode":"contactless"}	completed	2025-03-29 13:01:04	2025-03-29 13:01:04
28	1	26	apple_pay	19.00	8.00	1.52	txn_4f8d37d294e6c5db9b104c41	{"status":"approved","authorization_code":"247C4F","card_brand":"visa","last4":"5578","wallet":"apple_pay"}	completed	2025-03-29 12:19:54	2025-03-29 12:19:54
29	1	27	cash	14.29	8.00	1.14	\N	{"status":"cash","tendered":20.00,"change":5.71}	completed	2025-03-29 13:30:24	2025-03-29 13:30:24
30	1	28	card	10.69	8.00	0.86	txn_be0b2ecf0f800bfec4bd7790	{"status":"approved","authorization_code":"1C0974","card_brand":"mastercard","last4":"5915","entry_mode":"contactless"}	completed	2025-03-29 13:48:32	2025-03-29 13:48:32
31	1	29	card	35.66	8.00	2.85	txn_48cd26a316e211edf57ac502	{"status":"approved","authorization_code":"4FD368","card_brand":"mastercard","last4":"0337","entry_mode":"contactless"}	completed	2025-03-29 13:21:12	2025-03-29 13:21:12
32	1	30	card	19.00	8.00	1.52	txn_e87730816723297138d46032	{"status":"approved","authorization_code":"240996","card_brand":"mastercard","last4":"7555","entry_mode":"contactless"}	completed	2025-03-29 12:52:56	2025-03-29 12:52:56
33	1	31	card	26.78	8.00	2.14	txn_0af8be6cd8d8fc2f11c9563a	{"status":"approved","authorization_code":"044438","card_brand":"visa","last4":"0174","entry_mode":"contactless"}	completed	2025-03-29 14:10:53	2025-03-29 14:10:53
34	1	31	apple_pay	26.77	8.00	2.14	txn_36d2f55de52dda8181fdf9d1	{"status":"approved","authorization_code":"7472E6","card_brand":"visa","last4":"8271","wallet":"apple_pay"}	completed	2025-03-29 14:10:53	2025-03-29 14:10:53
35	1	32	card	9.50	8.00	0.76	txn_d42bce7dace14c0bb7d056c3	{"status":"approved","authorization_code":"E750B8","card_brand":"visa","last4":"7526","entry_mode":"contactless"}	completed	2025-03-29 13:28:52	2025-03-29 13:28:52
36	1	33	card	9.50	8.00	0.76	txn_7414c9628d139d38899d1299	{"status":"approved","authorization_code":"270B1E","card_brand":"mastercard","last4":"7812","entry_mode":"contactless"}	completed	2025-03-29 13:37:46	2025-03-29 13:37:46
37	1	35	apple_pay	9.50	8.00	0.76	txn_a4e027de799a76ee5d275389	{"status":"approved","authorization_code":"88339A","card_brand":"visa","last4":"7717","wallet":"apple_pay"}	completed	2025-03-29 14:47:10	2025-03-29 14:47:10
38	1	36	apple_pay	32.06	8.00	2.56	txn_8ea9696c3d6c5666f51380c3	{"status":"approved","authorization_code":"3BF485","card_brand":"visa","last4":"9392","wallet":"apple_pay"}	completed	2025-03-29 15:51:40	2025-03-29 15:51:40
39	1	37	cash	21.38	8.00	1.71	\N	{"status":"cash","tendered":50.00,"change":28.62}	completed	2025-03-31 08:47:41	2025-03-31 08:47:41
40	1	38	card	19.00	8.00	1.52	txn_8c3363ccd6b596d03dfd9964	{"status":"approved","authorization_code":"ECF1C0","card_brand":"mastercard","last4":"7098","entry_mode":"contactless"}	completed	2025-03-31 08:18:35	2025-03-31 08:18:35
41	1	39	apple_pay	42.75	8.00	3.42	txn_8fd21e483321f7aaa3120f00	{"status":"approved","authorization_code":"38CBF4","card_brand":"mastercard","last4":"3728","wallet":"apple_pay"}	completed	2025-03-31 09:14:25	2025-03-31 09:14:25
42	1	40	card	10.69	8.00	0.86	txn_ea9978a583f4b423eaef241a	{"status":"approved","authorization_code":"E7A60A","card_brand":"amex","last4":"2510","entry_mode":"contactless"}	completed	2025-03-31 09:46:52	2025-03-31 09:46:52
43	1	41	card	22.20	8.00	1.78	txn_a5a8a9c621fee10ce5c351a9	{"status":"approved","authorization_code":"E1B186","card_brand":"mastercard","last4":"3283","entry_mode":"chip"}	completed	2025-03-31 10:12:06	2025-03-31 10:12:06
44	1	42	cash	9.50	8.00	0.76	\N	{"status":"cash","tendered":10.00,"change":0.50}	completed	2025-03-31 10:19:40	2025-03-31 10:19:40
45	1	43	apple_pay	19.00	8.00	1.52	txn_7109603561ee8d8ce3fea3cd	{"status":"approved","authorization_code":"2566D2","card_brand":"mastercard","last4":"6335","wallet":"apple_pay"}	completed	2025-03-31 10:46:01	2025-03-31 10:46:01
46	1	44	apple_pay	21.38	8.00	1.71	txn_95f8d8a786ca6da3e78c6596	{"status":"approved","authorization_code":"904D38","card_brand":"mastercard","last4":"7956","wallet":"apple_pay"}	completed	2025-03-31 11:54:32	2025-03-31 11:54:32
47	1	45	card	22.48	8.00	1.80	txn_0193bfa843d75241f747ff20	{"status":"approved","authorization_code":"E3D754","card_brand":"mastercard","last4":"0102","entry_mode":"contactless"}	completed	2025-03-31 12:38:37	2025-03-31 12:38:37
48	1	46	apple_pay	22.20	8.00	1.78	txn_23216a2246b40025914dd167	{"status":"approved","authorization_code":"91521A","card_brand":"visa","last4":"0441","wallet":"apple_pay"}	completed	2025-03-31 12:04:44	2025-03-31 12:04:44
49	1	47	cash	9.50	8.00	0.76	\N	{"status":"cash","tendered":10.00,"change":0.50}	completed	2025-03-31 12:08:01	2025-03-31 12:08:01
50	1	48	card	9.50	8.00	0.76	txn_a1540141a9f28fc5f9ec95b8	{"status":"approved","authorization_code":"6272C6","card_brand":"visa","last4":"6986","entry_mode":"contactless"}	completed	2025-03-31 12:09:51	2025-03-31 12:09:51
51	1	49	card	32.06	8.00	2.56	txn_df857e396b8eb02d9647965b	{"status":"approved","authorization_code":"D968D0","card_brand":"mastercard","last4":"9975","entry_mode":"contactless"}	completed	2025-03-31 13:23:27	2025-03-31 13:23:27
52	1	50	apple_pay	9.50	8.00	0.76	txn_29f70dec8e9ec48686218f8b	{"status":"approved","authorization_code":"BFB0D4","card_brand":"visa","last4":"0019","wallet":"apple_pay"}	completed	2025-03-31 12:53:21	2025-03-31 12:53:21
53	1	51	card	19.00	8.00	1.52	txn_c42a6438534a6453194660f1	{"status":"approved","authorization_code":"292B6B","card_brand":"visa","last4":"2087","entry_mode":"contactless"}	completed	2025-03-31 13:00:50	2025-03-31 13:00:50
54	1	52	card	9.62	8.00	0.77	txn_2f0eb49e5139d40a001f08c4	{"status":"approved","authorization_code":"FF3D2A","card_brand":"mastercard","last4":"0024","entry_mode":"contactless"}	refunded	2025-03-31 14:03:40	2025-03-31 14:03:40
55	1	53	cash	12.70	8.00	1.02	\N	{"status":"cash","tendered":20.00,"change":7.30}	completed	2025-03-31 13:49:16	2025-03-31 13:49:16
56	1	54	cash	20.86	8.00	1.67	\N	{"status":"cash","tendered":50.00,"change":29.14}	completed	2025-03-31 15:05:31	2025-03-31 15:05:31
57	1	54	card	20.86	8.00	1.67	txn_419f25d74a9d70101e9c9bc8	{"status":"approved","authorization_code":"EDBE1A","card_brand":"visa","last4":"9713","entry_mode":"contactless"}	completed	2025-03-31 15:05:31	2025-03-31 15:05:31
58	1	55	card	32.06	8.00	2.56	txn_d7e0744626c5230826720f7d	{"status":"approved","authorization_code":"A31F73","card_brand":"visa","last4":"4659","entry_mode":"chip"}	completed	2025-03-31 14:58:37	2025-03-31 14:58:37
\.

COPY commission_records (id, restaurant_id, platform_id, order_id, gross_amount, commission_rate, commission_amount, processed_at, payment_status) FROM stdin;
1	1	1	1	10.69	8.00	0.86	2025-03-29 10:13:41	pending
2	1	1	2	9.50	8.00	0.76	2025-03-29 09:17:09	pending
3	1	1	3	10.69	8.00	0.86	2025-03-29 09:51:35	pending
4	1	1	4	10.69	8.00	0.86	2025-03-29 10:36:32	pending
5	1	1	5	12.70	8.00	1.02	2025-03-29 09:30:11	pending
6	1	1	6	19.00	8.00	1.52	2025-03-29 10:04:28	pending
7	1	1	7	24.98	8.00	2.00	2025-03-29 11:14:39	pending
8	1	1	8	10.69	8.00	0.86	2025-03-29 11:45:47	pending
9	1	1	9	46.35	8.00	3.71	2025-03-29 11:53:50	pending
10	1	1	10	10.69	8.00	0.86	2025-03-29 11:48:24	pending
11	1	1	11	39.26	8.00	3.14	2025-03-29 11:45:44	pending
12	1	1	12	21.38	8.00	1.71	2025-03-29 12:13:36	pending
13	1	1	13	21.38	8.00	1.71	2025-03-29 11:52:45	pending
14	1	1	14	9.50	8.00	0.76	2025-03-29 11:29:44	pending
15	1	1	15	39.26	8.00	3.14	2025-03-29 12:30:52	pending
16	1	1	16	32.06	8.00	2.56	2025-03-29 12:12:26	pending
17	1	1	17	42.75	8.00	3.42	2025-03-29 12:58:09	pending
18	1	1	18	22.20	8.00	1.78	2025-03-29 11:57:46	pending
19	1	1	19	39.26	8.00	3.14	2025-03-29 12:24:40	pending
20	1	1	20	12.70	8.00	1.02	2025-03-29 12:08:30	pending
21	1	1	21	19.00	8.00	1.52	2025-03-29 12:09:56	pending
22	1	1	22	14.29	8.00	1.14	2025-03-29 13:01:03	pending
23	1	1	23	10.69	8.00	0.86	2025-03-29 13:04:11	pending
24	1	1	24	9.50	8.00	0.76	2025-03-29 12:14:36	pending
25	1	1	25	49.95	8.00	4.00	2025-03-29 13:01:04	pending
26	1	1	26	19.00	8.00	1.52	2025-03-29 12:19:54	pending
27	1	1	27	14.29	8.00	1.14	2025-03-29 13:30:24	pending
28	1	1	28	10.69	8.00	0.86	2025-03-29 13:48:32	pending
29	1	1	29	35.66	8.00	2.85	2025-03-29 13:21:12	pending
30	1	1	30	19.00	8.00	1.52	2025-03-29 12:52:56	pending
31	1	1	31	53.55	8.00	4.28	2025-03-29 14:10:53	pending
32	1	1	32	9.50	8.00	0.76	2025-03-29 13:28:52	pending
33	1	1	33	9.50	8.00	0.76	2025-03-29 13:37:46	pending
34	1	1	35	9.50	8.00	0.76	2025-03-29 14:47:10	pending
35	1	1	36	32.06	8.00	2.56	2025-03-29 15:51:40	pending
36	1	1	37	21.38	8.00	1.71	2025-03-31 08:47:41	pending
37	1	1	38	19.00	8.00	1.52	2025-03-31 08:18:35	pending
38	1	1	39	42.75	8.00	3.42	2025-03-31 09:14:25	pending
39	1	1	40	10.69	8.00	0.86	2025-03-31 09:46:52	pending
40	1	1	41	22.20	8.00	1.78	2025-03-31 10:12:06	pending
41	1	1	42	9.50	8.00	0.76	2025-03-31 10:19:40	pending
42	1	1	43	19.00	8.00	1.52	2025-03-31 10:46:01	pending
43	1	1	44	21.38	8.00	1.71	2025-03-31 11:54:32	pending
44	1	1	45	22.48	8.00	1.80	2025-03-31 12:38:37	pending
45	1	1	46	22.20	8.00	1.78	2025-03-31 12:04:44	pending
46	1	1	47	9.50	8.00	0.76	2025-03-31 12:08:01	pending
47	1	1	48	9.50	8.00	0.76	2025-03-31 12:09:51	pending
48	1	1	49	32.06	8.00	2.56	2025-03-31 13:23:27	pending
49	1	1	50	9.50	8.00	0.76	2025-03-31 12:53:21	pending
50	1	1	51	19.00	8.00	1.52	2025-03-31 13:00:50	pending
51	1	1	53	12.70	8.00	1.02	2025-03-31 13:49:16	pending
52	1	1	54	41.72	8.00	3.34	2025-03-31 15:05:31	pending
53	1	1	55	32.06	8.00	2.56	2025-03-31 14:58:37	pending
\.

COPY stock_movements (id, restaurant_id, inventory_item_id, movement_type, quantity, unit_cost, total_cost, reference_id, reference_type, notes, created_by, created_at) FROM stdin;
1	1	1	adjustment	943.000	3.10	2923.30	\N	\N	Opening stock count	2	2025-03-28 23:00:00
2	1	2	adjustment	122.000	0.60	73.20	\N	\N	Opening stock count	2	2025-03-28 23:00:00
3	1	1	sale	-1.000	3.10	3.10	1	order	\N	2	2025-03-29 09:03:41
4	1	1	sale	-1.000	3.10	3.10	2	order	\N	2	2025-03-29 09:16:34
5	1	1	sale	-1.000	3.10	3.10	3	order	\N	2	2025-03-29 09:16:35
6	1	1	sale	-1.000	3.10	3.10	4	order	\N	2	2025-03-29 09:26:32
7	1	1	sale	-1.000	3.10	3.10	5	order	\N	2	2025-03-29 09:29:47
8	1	2	sale	-1.000	0.60	0.60	5	order	\N	2	2025-03-29 09:29:47
9	1	1	sale	-2.000	3.10	6.20	6	order	\N	2	2025-03-29 10:02:28
10	1	1	sale	-2.000	3.10	6.20	7	order	\N	2	2025-03-29 10:44:39
11	1	2	sale	-1.000	0.60	0.60	7	order	\N	2	2025-03-29 10:44:39
12	1	1	sale	-1.000	3.10	3.10	8	order	\N	2	2025-03-29 10:48:47
13	1	1	sale	-4.000	3.10	12.40	9	order	\N	3	2025-03-29 10:56:50
14	1	2	sale	-1.000	0.60	0.60	9	order	\N	3	2025-03-29 10:56:50
15	1	1	sale	-1.000	3.10	3.10	10	order	\N	2	2025-03-29 10:59:24
16	1	1	sale	-3.000	3.10	9.30	11	order	\N	2	2025-03-29 11:03:44
17	1	2	sale	-2.000	0.60	1.20	11	order	\N	2	2025-03-29 11:03:44
18	1	1	sale	-2.000	3.10	6.20	12	order	\N	3	2025-03-29 11:08:36
19	1	1	sale	-2.000	3.10	6.20	13	order	\N	3	2025-03-29 11:16:45
20	1	1	sale	-1.000	3.10	3.10	14	order	\N	2	2025-03-29 11:29:19
21	1	1	sale	-3.000	3.10	9.30	15	order	\N	2	2025-03-29 11:37:52
22	1	2	sale	-2.000	0.60	1.20	15	order	\N	2	2025-03-29 11:37:52
23	1	1	sale	-3.000	3.10	9.30	16	order	\N	2	2025-03-29 11:44:26
24	1	1	sale	-4.000	3.10	12.40	17	order	\N	3	2025-03-29 11:49:09
25	1	1	sale	-2.000	3.10	6.20	18	order	\N	3	2025-03-29 11:56:50
26	1	2	sale	-1.000	0.60	0.60	18	order	\N	3	2025-03-29 11:56:50
27	1	1	sale	-3.000	3.10	9.30	19	order	\N	2	2025-03-29 11:57:40
28	1	2	sale	-2.000	0.60	1.20	19	order	\N	2	2025-03-29 11:57:40
29	1	1	sale	-1.000	3.10	3.10	20	order	\N	3	2025-03-29 12:08:25
30	1	2	sale	-1.000	0.60	0.60	20	order	\N	3	2025-03-29 12:08:25
31	1	1	sale	-2.000	3.10	6.20	21	order	\N	2	2025-03-29 12:09:08
32	1	1	sale	-1.000	3.10	3.10	22	order	\N	3	2025-03-29 12:10:03
33	1	2	sale	-1.000	0.60	0.60	22	order	\N	3	2025-03-29 12:10:03
34	1	1	sale	-1.000	3.10	3.10	23	order	\N	3	2025-03-29 12:13:11
35	1	1	sale	-1.000	3.10	3.10	24	order	\N	3	2025-03-29 12:13:40
36	1	1	sale	-4.000	3.10	12.40	25	order	\N	3	2025-03-29 12:14:04
37	1	2	sale	-2.000	0.60	1.20	25	order	\N	3	2025-03-29 12:14:04
38	1	1	sale	-2.000	3.10	6.20	26	order	\N	3	2025-03-29 12:19:01
39	1	1	sale	-1.000	3.10	3.10	27	order	\N	3	2025-03-29 12:35:24
40	1	2	sale	-1.000	0.60	0.60	27	order	\N	3	2025-03-29 12:35:24
41	1	1	sale	-1.000	3.10	3.10	28	order	\N	3	2025-03-29 12:43:32
42	1	1	sale	-3.000	3.10	9.30	29	order	\N	2	2025-03-29 12:47:12
43	1	2	sale	-1.000	0.60	0.60	29	order	\N	2	2025-03-29 12:47:12
44	1	1	sale	-2.000	3.10	6.20	30	order	\N	3	2025-03-29 12:51:36
45	1	1	sale	-4.000	3.10	12.40	31	order	\N	3	2025-03-29 13:23:53
46	1	2	sale	-3.000	0.60	1.80	31	order	\N	3	2025-03-29 13:23:53
47	1	1	sale	-1.000	3.10	3.10	32	order	\N	3	2025-03-29 13:27:47
48	1	1	sale	-1.000	3.10	3.10	33	order	\N	3	2025-03-29 13:37:04
49	1	1	sale	-1.000	3.10	3.10	35	order	\N	3	2025-03-29 14:45:23
50	1	1	sale	-3.000	3.10	9.30	36	order	\N	3	2025-03-29 14:49:40
51	1	1	waste	-2.000	3.10	6.20	\N	\N	End-of-day waste	2	2025-03-29 15:15:00
52	1	1	sale	-2.000	3.10	6.20	37	order	\N	2	2025-03-31 08:06:41
53	1	1	sale	-2.000	3.10	6.20	38	order	\N	2	2025-03-31 08:17:16
54	1	1	sale	-4.000	3.10	12.40	39	order	\N	2	2025-03-31 08:17:25
55	1	1	sale	-1.000	3.10	3.10	40	order	\N	2	2025-03-31 09:21:52
56	1	1	sale	-2.000	3.10	6.20	41	order	\N	2	2025-03-31 10:10:51
57	1	2	sale	-1.000	0.60	0.60	41	order	\N	2	2025-03-31 10:10:51
58	1	1	sale	-1.000	3.10	3.10	42	order	\N	2	2025-03-31 10:19:25
59	1	1	sale	-2.000	3.10	6.20	43	order	\N	2	2025-03-31 10:44:51
60	1	1	sale	-2.000	3.10	6.20	44	order	\N	2	2025-03-31 11:23:32
61	1	1	sale	-2.000	3.10	6.20	45	order	\N	2	2025-03-31 11:28:37
62	1	2	sale	-1.000	0.60	0.60	45	order	\N	2	2025-03-31 11:28:37
63	1	1	sale	-2.000	3.10	6.20	46	order	\N	3	2025-03-31 12:03:06
64	1	2	sale	-1.000	0.60	0.60	46	order	\N	3	2025-03-31 12:03:06
65	1	1	sale	-1.000	3.10	3.10	47	order	\N	2	2025-03-31 12:07:21
66	1	1	sale	-1.000	3.10	3.10	48	order	\N	3	2025-03-31 12:09:19
67	1	1	sale	-3.000	3.10	9.30	49	order	\N	3	2025-03-31 12:33:27
68	1	1	sale	-1.000	3.10	3.10	50	order	\N	3	2025-03-31 12:52:21
69	1	1	sale	-2.000	3.10	6.20	51	order	\N	3	2025-03-31 12:59:35
70	1	1	sale	-1.000	3.10	3.10	52	order	\N	3	2025-03-31 13:22:40
71	1	1	sale	-1.000	3.10	3.10	53	order	\N	3	2025-03-31 13:48:46
72	1	2	sale	-1.000	0.60	0.60	53	order	\N	3	2025-03-31 13:48:46
73	1	1	sale	-4.000	3.10	12.40	54	order	\N	3	2025-03-31 14:08:31
74	1	2	sale	-1.000	0.60	0.60	54	order	\N	3	2025-03-31 14:08:31
75	1	1	sale	-3.000	3.10	9.30	55	order	\N	3	2025-03-31 14:10:37
76	1	1	waste	-1.000	3.10	3.10	\N	\N	End-of-day waste	2	2025-03-31 16:15:00
\.

COPY daily_reports (id, restaurant_id, report_date, total_sales, total_orders, average_ticket, total_items, payment_breakdown, top_products, staff_performance, generated_at) FROM stdin;
1	1	2025-03-29	761.91	35	21.77	112	{"apple_pay":258.09,"card":467.33,"cash":36.49}	[{"product_id":1,"name":"Full English","quantity":67,"revenue":636.50},{"product_id":3,"name":"Tap Water","quantity":26,"revenue":0.00},{"product_id":2,"name":"Flat White","quantity":19,"revenue":60.80}]	{"1":{"orders":16,"sales":333.63},"2":{"orders":19,"sales":428.28}}	2025-03-29 23:55:00
2	1	2025-03-31	376.62	18	20.92	56	{"apple_pay":114.83,"card":187.85,"cash":73.94}	[{"product_id":1,"name":"Full English","quantity":36,"revenue":342.00},{"product_id":3,"name":"Tap Water","quantity":15,"revenue":0.00},{"product_id":2,"name":"Flat White","quantity":5,"revenue":16.00}]	{"1":{"orders":10,"sales":197.88},"2":{"orders":8,"sales":178.74}}	2025-03-31 23:55:00
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
    PERFORM pg_catalog.setval('users_id_seq', 5, true);
    PERFORM pg_catalog.setval('user_permissions_id_seq', 29, true);
    PERFORM pg_catalog.setval('categories_id_seq', 2, true);
    PERFORM pg_catalog.setval('products_id_seq', 3, true);
    PERFORM pg_catalog.setval('suppliers_id_seq', 1, true);
    PERFORM pg_catalog.setval('inventory_items_id_seq', 2, true);
    PERFORM pg_catalog.setval('employees_id_seq', 4, true);
    PERFORM pg_catalog.setval('schedules_id_seq', 2, true);
    PERFORM pg_catalog.setval('shifts_id_seq', 28, true);
    PERFORM pg_catalog.setval('time_tracking_id_seq', 8, true);
    PERFORM pg_catalog.setval('performance_metrics_id_seq', 24, true);
    PERFORM pg_catalog.setval('orders_id_seq', 55, true);
    PERFORM pg_catalog.setval('order_items_id_seq', 106, true);
    PERFORM pg_catalog.setval('payments_id_seq', 58, true);
    PERFORM pg_catalog.setval('commission_records_id_seq', 53, true);
    PERFORM pg_catalog.setval('stock_movements_id_seq', 76, true);
    PERFORM pg_catalog.setval('restock_orders_id_seq', 1, false);
    PERFORM pg_catalog.setval('restock_order_items_id_seq', 1, false);
    PERFORM pg_catalog.setval('daily_reports_id_seq', 2, true);
END
$$;

COMMIT;
