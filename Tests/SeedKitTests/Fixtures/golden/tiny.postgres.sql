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
1	Tiny Platform	tiny	tess@tiny.example	2023-03-30 09:00:00	2023-03-30 09:00:00	t	1	0.00
\.

COPY platform_settings (id, platform_id, setting_key, setting_value, setting_type, created_at, updated_at) FROM stdin;
1	1	default_currency	GBP	string	2023-03-30 09:00:00	2023-03-30 09:00:00
2	1	payment_methods	["card","cash"]	json	2023-03-30 09:00:00	2023-03-30 09:00:00
\.

COPY subscription_plans (id, platform_id, name, commission_rate, service_fee_rate, monthly_fee, max_restaurants, features, is_active, created_at) FROM stdin;
1	1	basic	8.00	12.50	0.00	10	{"pos":true}	t	2023-03-30 09:00:00
\.

COPY restaurants (id, platform_id, name, slug, business_type, address, phone, email, tax_number, logo_url, created_at, updated_at, is_active, subscription_tier, monthly_revenue, last_activity) FROM stdin;
1	1	O'Brien's Café	obriens	restaurant	1 Tab\tStreet, Back\\slash Lane, London	+44 20 7946 0100	hello@obriens.example	\N	\N	2024-11-04 09:33:33	2024-11-04 09:33:33	t	basic	0.00	2024-11-04 09:33:33
\.

COPY restaurant_subscriptions (id, restaurant_id, plan_id, start_date, end_date, status, commission_rate, monthly_fee, created_at, updated_at) FROM stdin;
11	1	1	2024-11-04	\N	active	8.00	0.00	2024-11-04 09:33:33	2024-11-04 09:33:33
\.

COPY users (id, restaurant_id, platform_id, email, password_hash, first_name, last_name, phone, role, is_active, last_login, created_at, updated_at) FROM stdin;
1	\N	1	tess@tiny.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Tess	Owner	+44 20 7946 0001	platform_owner	t	2025-03-31 15:15:35	2023-03-30 09:00:00	2023-03-30 09:00:00
1001	1	1	mo@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Mo	Manager	\N	manager	t	2025-03-31 09:32:48	2024-11-04 09:06:04	2024-11-04 09:06:04
1002	1	1	sam@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Sam	Server	\N	server	t	2025-03-28 21:45:52	2024-12-06 09:06:22	2024-12-06 09:06:22
1003	1	1	connor.rossi@obriens.example	$2b$04$zcQ3FSJA7.XewAlZ145CZedMR44VT1RmtEvCL7xcWPFXxUsmR3mgu	Connor	Rossi	+44 7700 900633	cook	t	2025-03-31 18:12:53	2025-02-13 09:01:29	2025-02-13 09:01:29
\.

COPY user_permissions (id, user_id, permission, granted_at, granted_by) FROM stdin;
1	1	platform.manage	2023-03-30 09:00:00	\N
2	1	plans.write	2023-03-30 09:00:00	\N
3	1	restaurants.read	2023-03-30 09:00:00	\N
4	1	restaurants.write	2023-03-30 09:00:00	\N
5	1	commissions.read	2023-03-30 09:00:00	\N
6	1	reports.read	2023-03-30 09:00:00	\N
50001	1001	menu.read	2024-11-04 09:06:04	1
50002	1001	menu.write	2024-11-04 09:06:04	1
50003	1001	inventory.read	2024-11-04 09:06:04	1
50004	1001	inventory.write	2024-11-04 09:06:04	1
50005	1001	employees.read	2024-11-04 09:06:04	1
50006	1001	employees.write	2024-11-04 09:06:04	1
50007	1001	schedules.read	2024-11-04 09:06:04	1
50008	1001	schedules.write	2024-11-04 09:06:04	1
50009	1001	orders.read	2024-11-04 09:06:04	1
50010	1001	orders.write	2024-11-04 09:06:04	1
50011	1001	payments.read	2024-11-04 09:06:04	1
50012	1001	payments.write	2024-11-04 09:06:04	1
50013	1001	payments.refund	2024-11-04 09:06:04	1
50014	1001	reports.read	2024-11-04 09:06:04	1
50015	1002	menu.read	2024-12-06 09:06:22	1001
50016	1002	orders.read	2024-12-06 09:06:22	1001
50017	1002	orders.write	2024-12-06 09:06:22	1001
50018	1003	menu.read	2025-02-13 09:01:29	1001
50019	1003	orders.read	2025-02-13 09:01:29	1001
50020	1003	inventory.read	2025-02-13 09:01:29	1001
\.

COPY categories (id, restaurant_id, name, icon, display_order, is_active, created_at) FROM stdin;
1001	1	Breakfast	🍳	1	t	2024-11-04 09:33:33
1002	1	Drinks	☕	2	t	2024-11-04 09:33:33
\.

COPY products (id, restaurant_id, category_id, name, description, price, cost, sku, image_url, is_active, available_in_pos, track_inventory, created_at, updated_at) FROM stdin;
1001	1	1001	Full English	Eggs, bacon & "proper" beans\nserved all day	9.50	3.10	TINY-FE	\N	t	t	t	2024-11-04 09:33:33	2024-11-04 09:33:33
1002	1	1002	Flat White	\N	3.20	0.60	TINY-FW	\N	t	t	t	2024-11-04 09:33:33	2024-11-04 09:33:33
1003	1	1002	Tap Water	\N	0.00	\N	TINY-TW	\N	t	t	f	2024-11-04 09:33:33	2024-11-04 09:33:33
\.

COPY suppliers (id, restaurant_id, name, contact_person, email, phone, address, payment_terms, is_active, created_at, updated_at) FROM stdin;
1001	1	Dairy & Co	Niamh O'Neill	orders@dairy.example	+44 20 7946 0200	\N	Net 14	t	2024-11-04 09:33:33	2024-11-04 09:33:33
\.

COPY inventory_items (id, restaurant_id, product_id, supplier_id, current_stock, minimum_stock, maximum_stock, reorder_point, unit_cost, unit_measure, last_restocked, turnover_rate, wastage_rate, created_at, updated_at) FROM stdin;
1001	1	1001	1001	67.000	10.000	87.000	20.000	3.10	each	\N	0.0000	2.00	2024-11-04 09:33:33	2025-03-28 23:00:00
1002	1	1002	\N	56.000	9.000	108.000	18.000	0.60	each	\N	0.0000	2.00	2024-11-04 09:33:33	2025-03-28 23:00:00
\.

COPY employees (id, restaurant_id, user_id, employee_number, hire_date, termination_date, job_title, department, hourly_rate, salary, employment_type, emergency_contact_name, emergency_contact_phone, is_active, created_at, updated_at) FROM stdin;
1001	1	1001	EMP1001	2024-11-04	\N	Manager	Management	15.00	\N	full_time	Theo Mensah	+44 7700 900124	t	2024-11-04 09:06:04	2024-11-04 09:06:04
1002	1	1002	EMP1002	2024-12-06	\N	Server	Front of House	11.44	\N	part_time	Leo Bailey	+44 7700 900871	t	2024-12-06 09:06:22	2024-12-06 09:06:22
1003	1	1003	EMP1003	2025-02-13	\N	Cook	Kitchen	12.00	\N	full_time	Poppy Rossi	+44 7700 900628	t	2025-02-13 09:01:29	2025-02-13 09:01:29
\.

COPY stock_movements (id, restaurant_id, inventory_item_id, movement_type, quantity, unit_cost, total_cost, reference_id, reference_type, notes, created_by, created_at) FROM stdin;
10000001	1	1001	adjustment	67.000	3.10	207.70	\N	adjustment	Opening stock count	1001	2025-03-28 23:00:00
10000002	1	1002	adjustment	56.000	0.60	33.60	\N	adjustment	Opening stock count	1001	2025-03-28 23:00:00
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
    PERFORM pg_catalog.setval('restaurant_subscriptions_id_seq', 11, true);
    PERFORM pg_catalog.setval('users_id_seq', 1003, true);
    PERFORM pg_catalog.setval('user_permissions_id_seq', 50020, true);
    PERFORM pg_catalog.setval('categories_id_seq', 1002, true);
    PERFORM pg_catalog.setval('products_id_seq', 1003, true);
    PERFORM pg_catalog.setval('suppliers_id_seq', 1001, true);
    PERFORM pg_catalog.setval('inventory_items_id_seq', 1002, true);
    PERFORM pg_catalog.setval('employees_id_seq', 1003, true);
    PERFORM pg_catalog.setval('schedules_id_seq', 1, false);
    PERFORM pg_catalog.setval('shifts_id_seq', 1, false);
    PERFORM pg_catalog.setval('time_tracking_id_seq', 1, false);
    PERFORM pg_catalog.setval('performance_metrics_id_seq', 1, false);
    PERFORM pg_catalog.setval('orders_id_seq', 1, false);
    PERFORM pg_catalog.setval('order_items_id_seq', 1, false);
    PERFORM pg_catalog.setval('payments_id_seq', 1, false);
    PERFORM pg_catalog.setval('commission_records_id_seq', 1, false);
    PERFORM pg_catalog.setval('stock_movements_id_seq', 10000002, true);
    PERFORM pg_catalog.setval('restock_orders_id_seq', 1, false);
    PERFORM pg_catalog.setval('restock_order_items_id_seq', 1, false);
    PERFORM pg_catalog.setval('daily_reports_id_seq', 1, false);
END
$$;

COMMIT;
