#!/bin/sh
set -eu
odpscmd -f rebuild_city_dimension.sql
