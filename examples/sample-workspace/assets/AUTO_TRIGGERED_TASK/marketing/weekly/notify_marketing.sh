#!/bin/sh
echo "weekly marketing data ready for ${bizdate}" | mail -s 'marketing data' marketing@example.com
