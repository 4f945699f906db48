import { Text, View } from '@tarojs/components'
import type { FormRow } from '@/features/filing/documents'
import './filing.scss'

/** The generated 备案登记表. */
export function RegistrationTable({ rows }: { rows: FormRow[] }) {
  return (
    <View className='card doc'>
      <Text className='doc__title'>跨省异地就医登记备案表</Text>
      {rows.map((row) => (
        <View key={row.label} className='doc__row'>
          <Text className='doc__label'>{row.label}</Text>
          <Text className='doc__value'>{row.value || '—'}</Text>
        </View>
      ))}
    </View>
  )
}

/** The generated 个人承诺书. */
export function PledgeLetter({ paragraphs, signer, date }: { paragraphs: string[]; signer: string; date: string }) {
  return (
    <View className='card doc doc--pledge'>
      <Text className='doc__title'>个人承诺书</Text>
      {paragraphs.map((p) => (
        <Text key={p} className='doc__para'>
          {p}
        </Text>
      ))}
      <Text className='doc__sign'>承诺人：{signer}</Text>
      <Text className='doc__sign'>{date}</Text>
    </View>
  )
}
