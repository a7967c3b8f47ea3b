/**
 * The lab's two outputs: {@link dev.tandem.lab.report.HtmlReport}, one self-contained XHTML file with
 * its charts drawn as inline SVG (no scripts, no fonts, no other files, so the service can serve it
 * as it is), and {@link dev.tandem.lab.report.SummaryTable}, the table printed to the terminal.
 */
package dev.tandem.lab.report;
