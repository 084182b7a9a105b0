#ifndef TRACKER_CLIBXML2_SHIM_H
#define TRACKER_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* libxml2 is built with ICU, whose system headers clash with the ICU copy inside Foundation.
 * Nothing here touches the ICU converter fields (they sit behind pointers), so hide them. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>

/// `xmlFree` is a global function pointer that Swift 6 refuses to touch; call it through here.
static inline void tracker_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
