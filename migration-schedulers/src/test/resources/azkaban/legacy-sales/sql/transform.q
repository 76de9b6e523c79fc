INSERT OVERWRITE TABLE sales.orders_enriched
SELECT o.*, u.region FROM sales.orders o JOIN sales.users u ON o.user_id = u.id;
