import { tinyPdf, uploadForm } from '../evidence-fixtures.js';
import { a, type BadRequest, type Ids } from './bad-request.js';

const ratingEvidence = (ids: Ids) => `${a(ids)}/respondents/${ids.respondent}/evidence`;

/** Bad input on the evidence endpoints (notes and links as JSON, files as multipart forms). */
export const evidenceBadRequests: BadRequest[] = [
  {
    name: 'evidence of an unknown kind',
    method: 'POST',
    path: ratingEvidence,
    body: { characteristicId: '1.1.1', kind: 'video', body: 'x' },
    field: 'body.kind',
  },
  {
    name: 'evidence link that is not a web address',
    method: 'POST',
    path: ratingEvidence,
    body: { characteristicId: '1.1.1', kind: 'link', body: 'javascript:alert(1)' },
    field: 'body.body',
  },
  {
    name: 'empty evidence note',
    method: 'POST',
    path: ratingEvidence,
    body: { characteristicId: '1.1.1', kind: 'text', body: '   ' },
    field: 'body.body',
  },
  {
    name: 'evidence note without a characteristic',
    method: 'POST',
    path: ratingEvidence,
    body: { kind: 'text', body: 'A note' },
    field: 'body.characteristicId',
  },
  {
    name: 'evidence note with a malformed characteristic id',
    method: 'POST',
    path: ratingEvidence,
    body: { characteristicId: 'one', kind: 'text', body: 'A note' },
    field: 'body.characteristicId',
  },
  {
    name: 'evidence file without a characteristic',
    method: 'POST',
    path: ratingEvidence,
    body: uploadForm(tinyPdf, 'plan.pdf'),
    field: 'body.characteristicId',
  },
  {
    name: 'evidence form without a file',
    method: 'POST',
    path: ratingEvidence,
    body: (() => {
      const form = new FormData();
      form.append('characteristicId', '1.1.1');
      return form;
    })(),
    field: 'body.file',
  },
  {
    name: 'evidence form with an unexpected field',
    method: 'POST',
    path: ratingEvidence,
    body: uploadForm(tinyPdf, 'plan.pdf', { characteristicId: '1.1.1', owner: 'someone' }),
    field: 'body.owner',
  },
  {
    name: 'consensus evidence with a malformed characteristic id',
    method: 'POST',
    path: (ids) => `${a(ids)}/consensus/one/evidence`,
    body: { kind: 'text', body: 'A note' },
    field: 'params.characteristicId',
  },
  {
    name: 'consensus evidence naming its characteristic in the body',
    method: 'POST',
    path: (ids) => `${a(ids)}/consensus/1.1.1/evidence`,
    body: { characteristicId: '1.1.1', kind: 'text', body: 'A note' },
    field: 'body',
  },
  {
    name: 'evidence list with a malformed characteristic id',
    method: 'GET',
    path: (ids) => `${a(ids)}/evidence?characteristicId=one`,
    field: 'querystring.characteristicId',
  },
  {
    name: 'evidence file id that is not a uuid',
    method: 'GET',
    path: (ids) => `${a(ids)}/evidence/not-a-uuid/file`,
    field: 'params.evidenceId',
  },
  {
    name: 'evidence removal with an id that is not a uuid',
    method: 'DELETE',
    path: (ids) => `${a(ids)}/evidence/not-a-uuid`,
    field: 'params.evidenceId',
  },
];
