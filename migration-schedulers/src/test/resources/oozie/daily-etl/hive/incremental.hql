INSERT OVERWRITE DIRECTORY '${OUTPUT}/incremental'
SELECT * FROM sales.orders WHERE dt = from_unixtime(unix_timestamp() - 86400, 'yyyyMMdd');
