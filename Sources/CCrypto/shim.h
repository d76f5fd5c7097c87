// OpenSSL's libcrypto for Pincite: only its SHA-256 (source.sha256), which uses
// the CPU's SHA instructions where there are some — ten times the speed of a
// portable implementation, on a hash that reads every input byte.
#include <openssl/evp.h>
