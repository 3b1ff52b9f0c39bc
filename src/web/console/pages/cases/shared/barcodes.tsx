import { Space } from 'antd';
import { API_BASE } from '../../../../common/api.js';

const barcodeUrl = (caseNo: string, type: 'code128' | 'qr') =>
  `${API_BASE}/cases/by-number/${encodeURIComponent(caseNo)}/barcode?type=${type}`;

/** The case number as Code128 (for the hand scanner) and QR, drawn by the server as SVG. */
export function CaseBarcodes({ caseNo, qrSize = 96 }: { caseNo: string; qrSize?: number }) {
  return (
    <Space size={16} align="center" data-testid="case-barcodes">
      <img
        src={barcodeUrl(caseNo, 'code128')}
        alt={`条形码 ${caseNo}`}
        style={{ height: qrSize * 0.7, maxWidth: 320 }}
      />
      <img
        src={barcodeUrl(caseNo, 'qr')}
        alt={`二维码 ${caseNo}`}
        style={{ width: qrSize, height: qrSize }}
      />
    </Space>
  );
}
