import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import {
  ACCUSED_KIND_LABELS,
  ACCUSED_KINDS,
  SEX_LABELS,
} from '../../../../../domain/register/registration-codes.js';
import { DEFAULT_REGISTRATION_RULES } from '../../../../../domain/register/registration.js';
import { RANK_LABELS, RANKS } from '../../../../../domain/vocabulary/index.js';
import { optionsOf } from '../../../../common/case-labels.js';

const MAX_PHONES = DEFAULT_REGISTRATION_RULES.maxPhonesPerPetitioner;
const SEX_OPTIONS = [
  { value: 'male', label: SEX_LABELS.male },
  { value: 'female', label: SEX_LABELS.female },
];
const third = { xs: 24, md: 12, xl: 8 };

/** Up to three phone numbers of one petitioner. */
function Phones({ row }: { row: number }) {
  return (
    <Form.List name={[row, 'phones']}>
      {(fields, { add, remove }) => (
        <Form.Item label="联系电话" required={false} style={{ marginBottom: 0 }}>
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', gap: 4 }}>
              <Form.Item name={f.name} style={{ marginBottom: 8, flex: 1 }}>
                <Input
                  inputMode="tel"
                  maxLength={30}
                  placeholder={`电话${i + 1}`}
                  aria-label={`电话${i + 1}`}
                />
              </Form.Item>
              {fields.length > 1 && (
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label="删除电话"
                  onClick={() => remove(f.name)}
                />
              )}
            </div>
          ))}
          {fields.length < MAX_PHONES && (
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => add('')}
              style={{ marginBottom: 8 }}
            >
              添加电话
            </Button>
          )}
        </Form.Item>
      )}
    </Form.List>
  );
}

/** A message about the whole list (e.g. 集体访 without representatives), in the error colour like a field's. */
function ListErrors({ errors }: { errors: React.ReactNode[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert">
      {errors.map((e, i) => (
        <Typography.Text key={i} type="danger" style={{ display: 'block' }}>
          {e}
        </Typography.Text>
      ))}
    </div>
  );
}

/** 信访人: one card per person; names are not taken for an anonymous item. */
export function PetitionerList() {
  const anonymous = Boolean(Form.useWatch<boolean>('anonymous', Form.useFormInstance()));
  return (
    <Form.List name="petitioners">
      {(fields, { add, remove }, { errors }) => (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              type="inner"
              title={`信访人 ${i + 1}`}
              data-testid={`petitioner-${i}`}
              extra={
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>
                  删除
                </Button>
              }
            >
              <Row gutter={16}>
                {!anonymous && (
                  <Col {...third}>
                    <Form.Item name={[f.name, 'name']} label="姓名">
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                )}
                <Col {...third}>
                  <Form.Item name={[f.name, 'sex']} label="性别">
                    <Select allowClear options={SEX_OPTIONS} />
                  </Form.Item>
                </Col>
                <Col {...third}>
                  <Form.Item name={[f.name, 'idNumber']} label="身份证号">
                    <Input maxLength={18} />
                  </Form.Item>
                </Col>
                <Col {...third}>
                  <Phones row={f.name} />
                </Col>
                <Col {...third}>
                  <Form.Item name={[f.name, 'address']} label="住址">
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col {...third}>
                  <Form.Item name={[f.name, 'workUnit']} label="工作单位">
                    <Input maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'isRepresentative']} valuePropName="checked">
                    <Checkbox>集体访代表</Checkbox>
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <ListErrors errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ phones: [''] })}>
            添加信访人
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/** 被反映人: a person (name, unit, position, rank, 一把手) or a unit. */
export function AccusedList() {
  const accused = Form.useWatch<{ kind?: string }[] | undefined>('accused', Form.useFormInstance());
  return (
    <Form.List name="accused">
      {(fields, { add, remove }, { errors }) => (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {fields.map((f, i) => {
            const isUnit = accused?.[f.name]?.kind === 'unit';
            return (
              <Card
                key={f.key}
                size="small"
                type="inner"
                title={`被反映人 ${i + 1}`}
                data-testid={`accused-${i}`}
                extra={
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>
                    删除
                  </Button>
                }
              >
                <Row gutter={16}>
                  <Col xs={24} md={12} xl={4}>
                    <Form.Item name={[f.name, 'kind']} label="类型">
                      <Select options={optionsOf(ACCUSED_KINDS, ACCUSED_KIND_LABELS)} />
                    </Form.Item>
                  </Col>
                  {!isUnit && (
                    <Col xs={24} md={12} xl={5}>
                      <Form.Item name={[f.name, 'name']} label="被反映人姓名">
                        <Input maxLength={50} />
                      </Form.Item>
                    </Col>
                  )}
                  <Col xs={24} md={12} xl={isUnit ? 20 : 5}>
                    <Form.Item name={[f.name, 'unit']} label={isUnit ? '被反映单位' : '所在单位'}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  {!isUnit && (
                    <>
                      <Col xs={24} md={12} xl={4}>
                        <Form.Item name={[f.name, 'position']} label="职务">
                          <Input maxLength={60} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12} xl={4}>
                        <Form.Item name={[f.name, 'rank']} label="职级">
                          <Select
                            allowClear
                            options={optionsOf(RANKS, RANK_LABELS)}
                            popupMatchSelectWidth={false}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12} xl={2}>
                        <Form.Item name={[f.name, 'isUnitChief']} label="一把手" valuePropName="checked">
                          <Checkbox>是</Checkbox>
                        </Form.Item>
                      </Col>
                    </>
                  )}
                </Row>
              </Card>
            );
          })}
          <ListErrors errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
            添加被反映人
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
