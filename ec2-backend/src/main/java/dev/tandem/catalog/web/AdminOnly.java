package dev.tandem.catalog.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that only the admin may call: the request must carry {@code
 * Authorization: Bearer <TANDEM_ADMIN_TOKEN>}, or it is answered with 401 before its body is read.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AdminOnly {}
