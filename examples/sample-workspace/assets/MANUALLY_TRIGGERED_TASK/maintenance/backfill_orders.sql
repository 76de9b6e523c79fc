INSERT OVERWRITE TABLE dwd_order_detail PARTITION (dt='${bizdate}')
SELECT order_id, customer_id, amount, normalize_city(city) FROM ods_orders WHERE dt = '${bizdate}';
