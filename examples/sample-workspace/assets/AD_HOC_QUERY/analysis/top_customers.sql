SELECT customer_id, SUM(amount) AS spent FROM dwd_order_detail
WHERE dt >= '20261101' GROUP BY customer_id ORDER BY spent DESC LIMIT 20;
