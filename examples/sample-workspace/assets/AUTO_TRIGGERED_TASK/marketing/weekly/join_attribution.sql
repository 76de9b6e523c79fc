INSERT OVERWRITE TABLE attribution PARTITION (dt='${bizdate}')
SELECT c.campaign_id, k.customer_id FROM campaigns c JOIN clicks k ON c.campaign_id = k.campaign_id;
