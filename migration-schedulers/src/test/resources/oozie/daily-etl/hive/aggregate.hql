INSERT OVERWRITE TABLE sales.daily_summary
SELECT dt, count(*) AS orders, sum(amount) AS revenue
FROM sales.orders
WHERE dt >= date_sub(current_date, ${DAYS})
GROUP BY dt;
