import type { FastifyReply } from 'fastify';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook as a download with its Chinese file name. */
export const sendXlsx = (reply: FastifyReply, file: { fileName: string; body: Buffer }) =>
  reply
    .type(XLSX)
    .header('content-disposition', `attachment; filename="statistics.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
