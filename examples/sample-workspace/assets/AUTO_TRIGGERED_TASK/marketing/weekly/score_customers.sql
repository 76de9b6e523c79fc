SELECT customer_id, mask_phone(phone) AS phone, COUNT(*) AS touches
FROM attribution a JOIN ods_customers c USING (customer_id) GROUP BY customer_id, phone;
