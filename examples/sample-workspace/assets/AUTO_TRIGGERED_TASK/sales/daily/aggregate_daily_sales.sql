INSERT OVERWRITE TABLE dws_daily_sales PARTITION (dt='${bizdate}')
SELECT city, COUNT(*), SUM(amount) FROM dwd_order_detail WHERE dt = '${bizdate}' GROUP BY city;
