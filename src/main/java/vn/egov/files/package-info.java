/**
 * Files: the papers, scans and results kept by their SHA-256 (content-addressed, so the same file is stored once
 * and its hash proves it unchanged), with the limits every upload passes first — size, count and type, the type
 * read from the bytes (Apache Tika), never from the name. On local disk by default, in an S3-compatible object store by
 * configuration ({@code egov.files.store=s3}; architecture: files). Depends on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = "shared")
package vn.egov.files;
