#!/usr/bin/env bash
# Prints a folder with WordPress's code for wordpress/tests/render.php: $WORDPRESS_DIR, an
# installed /usr/share/wordpress, or Debian's wordpress package unpacked (not installed: no
# web server, no database) into .tmp/wordpress. Installs php-cli where PHP is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v php >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2 && apt-get install -y php-cli >&2
fi
for dir in "${WORDPRESS_DIR:-}" /usr/share/wordpress .tmp/wordpress/usr/share/wordpress; do
  if [ -n "$dir" ] && [ -f "$dir/wp-includes/shortcodes.php" ]; then
    echo "$dir"
    exit 0
  fi
done
mkdir -p .tmp/wordpress
(cd .tmp/wordpress && { apt-get download wordpress >&2 || { apt-get update >&2 && apt-get download wordpress >&2; }; } && dpkg -x wordpress_*.deb . && rm -f wordpress_*.deb)
echo .tmp/wordpress/usr/share/wordpress
