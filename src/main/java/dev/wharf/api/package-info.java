/**
 * The dialect adapters. Each sub-package speaks one published contract: it owns its request
 * and response records and its error shape, and turns each call into one call on the core.
 */
package dev.wharf.api;
