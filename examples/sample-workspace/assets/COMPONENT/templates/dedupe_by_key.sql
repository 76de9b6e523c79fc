INSERT OVERWRITE TABLE @@{output_table} PARTITION (dt='${bizdate}')
SELECT * FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY @@{key} ORDER BY @@{order_by} DESC) AS rn
  FROM @@{input_table} WHERE dt = '${bizdate}'
) t WHERE rn = 1;
