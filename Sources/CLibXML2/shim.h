// libxml2 for Pincite (input readers; later the XML exporter).
// Debian's libxml2 is built with ICU, and libxml/encoding.h then pulls in
// <unicode/ucnv.h>, whose UErrorCode clashes with Foundation's _FoundationICU
// in any module that imports both. Hiding LIBXML_ICU_ENABLED only removes two
// uconv_* fields of xmlCharEncodingHandler that Pincite never touches.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
