import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** Edit and delete buttons for one row or card, each named after it for screen readers. */
export function RowActions({
  name,
  edit,
  remove,
  onEdit,
  onRemove,
}: {
  /** The row's name, completing the buttons' accessible names ("Edit: …"). */
  name: string;
  edit: string;
  remove: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <div className="cm-actions">
      <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
        {edit}
        <span className="cm-visually-hidden">: {name}</span>
      </Button>
      <Button size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={onRemove}>
        {remove}
        <span className="cm-visually-hidden">: {name}</span>
      </Button>
    </div>
  );
}
