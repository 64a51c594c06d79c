/** The content pack service: reading, validating and keeping the pack in force. Never exported. */
package org.thrivemis.content.internal;
