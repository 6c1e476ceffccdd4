/**
 * Files: the papers, scans and results kept by their SHA-256 (content-addressed, so the same file is stored once
 * and its hash proves it unchanged), with the limits every upload passes first — size, count and type, the type
 * read from the bytes (Apache Tika), never from the name. On local disk by default; an S3-compatible store by
 * configuration is planned (architecture: files). Depends on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = "shared")
package vn.egov.files;
