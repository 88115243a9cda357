import type PDFDocument from 'pdfkit';

/** A pdfkit document (the types declare the constructor and the instance as one type). */
export type PdfDocument = typeof PDFDocument;
