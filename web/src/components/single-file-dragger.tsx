import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';

/** A drop zone for the one file an import reads in the browser: nothing is uploaded until the modal sends it. */
export function SingleFileDragger({ accept, fileName, text, onPick, onRemove }: {
  accept: string;
  fileName: string | undefined;
  text: string;
  onPick: (file: File) => void;
  onRemove: () => void;
}) {
  return (
    <Upload.Dragger
      accept={accept}
      maxCount={1}
      beforeUpload={(picked) => {
        onPick(picked);
        return false;
      }}
      onRemove={onRemove}
      fileList={fileName ? [{ uid: '1', name: fileName, status: 'done' }] : []}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{text}</p>
    </Upload.Dragger>
  );
}
