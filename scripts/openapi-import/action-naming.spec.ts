import { describe, expect, it } from 'vitest';
import { actionDisplayName, actionName, kebabCase, uniqueActionNames } from './action-naming';

describe('actionName', () => {
  it('keeps a camelCase operationId as it is', () => {
    expect(actionName({ operationId: 'findPetsByStatus', method: 'get', path: '/pet/findByStatus' })).toBe(
      'findPetsByStatus',
    );
  });

  it('makes an operationId with separators a valid identifier', () => {
    expect(actionName({ operationId: 'get-pet by_id', method: 'get', path: '/pet/{id}' })).toBe('getPetById');
    expect(actionName({ operationId: '2fa.verify', method: 'post', path: '/2fa' })).toBe('op2faVerify');
  });

  it('names an operation without operationId from its method and path', () => {
    expect(actionName({ method: 'GET', path: '/pet/{petId}/uploadImage' })).toBe('getPetByPetIdUploadImage');
    expect(actionName({ method: 'delete', path: '/store/order/{order-id}' })).toBe('deleteStoreOrderByOrderId');
  });

  it('gives repeated names a numeric suffix, ignoring case', () => {
    expect(
      uniqueActionNames([
        { operationId: 'listPets', method: 'get', path: '/a' },
        { operationId: 'ListPets', method: 'get', path: '/b' },
      ]),
    ).toEqual(['listPets', 'listPets2']);
  });
});

describe('names derived from the action name', () => {
  it('gives a kebab-case file stem', () => {
    expect(kebabCase('getPetById')).toBe('get-pet-by-id');
    expect(kebabCase('getHTTPStatus')).toBe('get-http-status');
  });

  it('labels the action with its summary, else with its name in words', () => {
    expect(actionDisplayName('getPetById', 'Find pet by ID.')).toBe('Find pet by ID');
    expect(actionDisplayName('getPetById', undefined)).toBe('Get pet by id');
  });
});
