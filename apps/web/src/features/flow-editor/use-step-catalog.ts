import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/api-client';
import { paletteEntries, type ConnectionChoice, type PaletteConnector, type PaletteEntry } from './step-palette';

/**
 * What the editor knows about connectors: every connector's manifest (for
 * the palette and the action names on the nodes) and the stored connections
 * (to preselect the only one of a connector). Manifests change only when a
 * connector version is registered, so they are cached for the session.
 */
export function useStepCatalog() {
  const connectors = useQuery({
    queryKey: ['connectors'],
    queryFn: ({ signal }) => apiGet('/v1/connectors', { signal }),
    staleTime: 5 * 60_000,
  });
  const names = connectors.data?.data.map((connector) => connector.name) ?? [];
  const details = useQueries({
    queries: names.map((name) => ({
      queryKey: ['connector', name],
      queryFn: ({ signal }: { signal: AbortSignal }) => apiGet('/v1/connectors/{name}', { path: { name }, signal }),
      staleTime: 5 * 60_000,
    })),
  });
  const connections = useQuery({
    queryKey: ['connections', 'all-for-editor'],
    queryFn: ({ signal }) => apiGet('/v1/connections', { query: { limit: 100 }, signal }),
    staleTime: 30_000,
  });

  const manifests = details.flatMap((detail) => (detail.data ? [detail.data] : []));
  const manifestKey = manifests.map((manifest) => `${manifest.name}@${manifest.latestVersion}`).join(',');
  const catalog = useMemo(() => {
    const loaded: PaletteConnector[] = manifests.map((connector) => ({
      name: connector.name,
      displayName: connector.displayName,
      manifest: { actions: connector.manifest.actions },
    }));
    const actionNames = new Map<string, string>();
    const connectorNames = new Map<string, string>();
    for (const connector of loaded) {
      connectorNames.set(connector.name, connector.displayName);
      for (const [action, manifest] of Object.entries(connector.manifest.actions)) {
        actionNames.set(`${connector.name}:${action}`, manifest.displayName);
      }
    }
    return { entries: paletteEntries(loaded), actionNames, connectorNames };
    // manifests is rebuilt every render; its versions say when it changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [manifestKey]);

  const connectionChoices: ConnectionChoice[] =
    connections.data?.data.map((connection) => ({ name: connection.name, connector: connection.connector })) ?? [];

  return {
    entries: catalog.entries as PaletteEntry[],
    /** "acme-cmms:createWorkOrder" → "Create work order" */
    actionNames: catalog.actionNames,
    /** "acme-cmms" → "Acme CMMS" */
    connectorNames: catalog.connectorNames,
    connections: connectionChoices,
    isLoading: connectors.isLoading || details.some((detail) => detail.isLoading),
    error: connectors.error ?? details.find((detail) => detail.error)?.error ?? null,
  };
}

export type StepCatalog = ReturnType<typeof useStepCatalog>;
