#!/usr/bin/env bash
# A throwaway OpenSSH server on loopback for the SFTP tests (server tests and the web UI's
# end-to-end tests). Needs root (it makes the test user and sets its password) and Debian's
# openssh-server.
#
#   sshd.sh start DIR [--new-host-key]   start (or restart) it; writes DIR/port, DIR/user,
#                                        DIR/password, DIR/client_key (a private key the server
#                                        accepts), DIR/host_fingerprint; DIR/files is the user's
#                                        directory to read and write
#   sshd.sh stop DIR                     stop it and end every session it had open
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?the server directory}
user=nbsftp
sshd=/usr/sbin/sshd

stop() {
  if [ -f "$dir/sshd.pid" ]; then
    local pid
    pid=$(cat "$dir/sshd.pid")
    kill "$pid" 2>/dev/null || true
    rm -f "$dir/sshd.pid"
  fi
  # The sessions: their processes run as the test user (and as root children of the listener).
  pkill -KILL -u "$user" 2>/dev/null || true
  if [ -f "$dir/port" ]; then
    for _ in $(seq 50); do
      ss -Hltn "sport = :$(cat "$dir/port")" | grep -q . || break
      sleep 0.1
    done
  fi
}

case "$cmd" in
stop)
  stop
  exit 0
  ;;
start) ;;
*)
  echo "usage: sshd.sh start|stop DIR" >&2
  exit 2
  ;;
esac

[ -x "$sshd" ] || { echo "sshd.sh: $sshd is missing (Debian's openssh-server)" >&2; exit 1; }
stop
mkdir -p "$dir" /run/sshd
chmod 755 "$dir"
id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir "$dir/files" --shell /usr/sbin/nologin "$user"
if [ ! -f "$dir/password" ]; then
  head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/password"
fi
echo "$user:$(cat "$dir/password")" | chpasswd
echo "$user" >"$dir/user"
mkdir -p "$dir/files"
chown "$user" "$dir/files"
if [ ! -f "$dir/host_key" ] || [ "${3:-}" = "--new-host-key" ]; then
  rm -f "$dir/host_key" "$dir/host_key.pub"
  ssh-keygen -q -t ed25519 -N '' -C numbase-test-host -f "$dir/host_key"
fi
ssh-keygen -lf "$dir/host_key.pub" -E sha256 | awk '{print $2}' >"$dir/host_fingerprint"
if [ ! -f "$dir/client_key" ]; then
  ssh-keygen -q -t ed25519 -N '' -C numbase-test-client -f "$dir/client_key"
fi
cp "$dir/client_key.pub" "$dir/authorized_keys"
chmod 644 "$dir/authorized_keys"

port=$(cat "$dir/port" 2>/dev/null || echo $((20000 + RANDOM % 30000)))
for _ in $(seq 20); do
  if ! ss -Hltn "sport = :$port" | grep -q .; then
    cat >"$dir/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $port
HostKey $dir/host_key
PidFile $dir/sshd.pid
AllowUsers $user
AuthorizedKeysFile $dir/authorized_keys
PasswordAuthentication yes
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin no
UsePAM no
StrictModes no
UseDNS no
MaxStartups 100
MaxSessions 100
LogLevel ERROR
Subsystem sftp internal-sftp
ForceCommand internal-sftp
EOF
    if "$sshd" -f "$dir/sshd_config" -E "$dir/sshd.log"; then
      for _ in $(seq 50); do
        if ss -Hltn "sport = :$port" | grep -q .; then
          echo "$port" >"$dir/port"
          exit 0
        fi
        sleep 0.1
      done
    fi
  fi
  port=$((20000 + RANDOM % 30000))
done
echo "sshd.sh: could not start sshd (see $dir/sshd.log)" >&2
exit 1
