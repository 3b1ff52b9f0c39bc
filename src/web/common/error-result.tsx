import { Button, Result } from 'antd';
import type { ApiError } from './api.js';

const TITLES: Record<string, string> = {
  notFound: '未找到',
  forbidden: '无权访问',
  network: '网络错误',
};

/** A whole-page refusal or failure, with the server's Chinese message. */
export function ErrorResult({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const status = error.status === 404 ? '404' : error.status === 403 ? '403' : 'error';
  return (
    <Result
      status={status}
      title={TITLES[error.code] ?? '加载失败'}
      subTitle={error.message}
      extra={
        onRetry && error.status !== 404 && error.status !== 403 ? (
          <Button onClick={onRetry}>重试</Button>
        ) : undefined
      }
    />
  );
}
