SELECT MAX(gmt_modified) FROM orders;
