#!/usr/bin/env bash
# Docker health check of the service: healthy once it is ready (migrations done, database answering), from
# /actuator/health/readiness, which needs no login. The runtime image has neither curl nor wget for certain, so this
# speaks HTTP/1.0 over bash's /dev/tcp.
set -eu
exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}"
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r -t 5 status <&3
case "$status" in
  *" 200 "*) exit 0 ;;
  *) echo "not ready: $status" >&2; exit 1 ;;
esac
