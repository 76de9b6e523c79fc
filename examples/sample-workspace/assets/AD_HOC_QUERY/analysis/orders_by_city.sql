SELECT city, SUM(orders) FROM dws_daily_sales WHERE dt >= '20261101' GROUP BY city;
