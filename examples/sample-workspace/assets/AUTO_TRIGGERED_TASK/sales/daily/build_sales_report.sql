INSERT OVERWRITE TABLE ads_sales_report PARTITION (dt='${bizdate}')
SELECT city, revenue, RANK() OVER (ORDER BY revenue DESC) FROM dws_daily_sales WHERE dt = '${bizdate}';
