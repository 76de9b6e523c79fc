INSERT OVERWRITE TABLE dwd_order_detail PARTITION (dt='${bizdate}')
SELECT o.order_id, o.customer_id, o.amount, normalize_city(c.city)
FROM ods_orders o JOIN ods_customers c ON o.customer_id = c.customer_id AND c.dt = '${bizdate}'
WHERE o.dt = '${bizdate}';
