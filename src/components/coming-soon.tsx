import { Button, Text, View } from '@tarojs/components'
import { goBack } from '@/platform/navigation'
import './coming-soon.scss'

/** An honest placeholder for a page a later release fills in. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <View className='card coming-soon'>
      <Text className='coming-soon__title'>{title}即将上线</Text>
      <Text className='coming-soon__text'>{description}</Text>
      <Button className='btn secondary' onClick={goBack}>
        返回
      </Button>
    </View>
  )
}
