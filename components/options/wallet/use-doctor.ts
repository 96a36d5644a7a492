import { useCallback, useEffect, useState } from 'react';
import type { DoctorReport } from '../../../lib/core/wallet-doctor/doctor-report';
import { request } from '../../../lib/messaging/client';
import type { DoctorStatusView } from '../../../lib/messaging/wallet-doctor-protocol';
import { useAction } from '../../hooks/use-action';
import { errorText } from '../../ui/ui-text';

/** The wallet doctor's last report, whether live mode may be switched on, and the run/refresh actions. */
export function useDoctor() {
  const [status, setStatus] = useState<DoctorStatusView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setStatus(await request('doctor.status', {}));
      setLoadError(null);
    } catch (e) {
      setLoadError(errorText(e));
    }
  }, []);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), 30_000); // "recent" expires: re-ask now and then
    return () => clearInterval(timer);
  }, [reload]);
  const after = useCallback(
    async (work: Promise<DoctorReport>) => {
      const report = await work;
      await reload();
      return report;
    },
    [reload],
  );
  const run = useAction(useCallback(() => after(request('doctor.run', {})), [after]));
  const refresh = useAction(useCallback(() => after(request('doctor.refreshExchange', {})), [after]));
  return { status, loadError, reload, run, refresh };
}

export type DoctorState = ReturnType<typeof useDoctor>;
